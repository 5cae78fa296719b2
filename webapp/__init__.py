"""The smpvet web front end: search, scorecards, compare, shortlists, guides, admin and API."""

from __future__ import annotations

from typing import Any

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from index.datadir import DataDir
from webapp import config, db, ratelimit, security, templating


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Create and configure an instance of the Flask application."""
    app = Flask(__name__)
    given = (test_config or {}).get("DATA_DIR")
    base = config.defaults(DataDir.resolve(given))
    app.config.from_mapping(base)
    app.config.from_mapping(config.from_environment(base))
    if test_config:
        app.config.from_mapping(test_config)
    datadir = DataDir.resolve(app.config["DATA_DIR"]).ensure()
    app.config["DATA_DIR"] = str(datadir.root)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config.load_secret_key(datadir)
    proxies = int(app.config["TRUSTED_PROXIES"])
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]

    db.init_app(app)
    security.init_app(app)
    ratelimit.init_app(app)
    templating.init_app(app)

    from webapp import admin, api, compare, errors, guide, practitioners, search, shortlists

    for module in (search, practitioners, compare, shortlists, guide, admin, api, errors):
        app.register_blueprint(module.bp)
    security.csrf.exempt(api.bp)
    return app
