"""Scrapy settings for smpvet: polite by default, bounded, and cache-revalidating.

`smpvet crawl` overrides the data directory, the contact URL and per-source delays.
"""

from index.datadir import DataDir

BOT_NAME = "smpvet"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify ourselves, with a contact URL (sources.toml [crawler] contact overrides it).
SMPVET_CONTACT = "https://github.com/smpvet/smpvet"
USER_AGENT = f"smpvet/0.1 (+{SMPVET_CONTACT})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "smpvet"
ROBOTSTXT_PARSER = "crawler.robots.RobotsParser"

# Be gentle: one or two requests at a time per site, adaptive delays.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounded: page size, time, redirects, depth.
DOWNLOAD_MAXSIZE = 4 * 1024 * 1024
DOWNLOAD_WARNSIZE = 1024 * 1024
DOWNLOAD_TIMEOUT = 20
REDIRECT_MAX_TIMES = 5
DEPTH_LIMIT = 6
URLLENGTH_LIMIT = 2000

# Retry what is worth retrying, backing off (crawler.middlewares.BackoffRetryMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
SMPVET_BACKOFF_BASE = 2.0
SMPVET_BACKOFF_MAX = 60.0

# Only http and https.
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}

# Gone pages reach the spider so the store can count them missing.
HTTPERROR_ALLOWED_CODES = [404, 410]

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.robots.StatusAwareRobotsTxtMiddleware": 100,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.TransferStats": 950,
}
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "crawler.progress.CrawlProgress": 500,
}

# Conditional re-fetching: keep every page, revalidate it with ETag / Last-Modified.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.httpcache.RevalidatingPolicy"
HTTPCACHE_STORAGE = "crawler.httpcache.SafeFilesystemCacheStorage"
HTTPCACHE_DIR = str(DataDir.resolve().httpcache)
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# smpvet's own settings.
SMPVET_DATA_DIR = None  # None: $SMPVET_DATA_DIR or ./var
SMPVET_SOURCES = None  # None: ./sources.toml, else the bundled demo sources
SMPVET_TRIGGER = "manual"
SMPVET_SITE_MAX_PAGES = 15  # pages of a practitioner's own site found through a listing
SMPVET_SITE_MAX_DEPTH = 3
SMPVET_OVERSIZED_DAYS = 30  # a page over DOWNLOAD_MAXSIZE is not fetched again for this long
SMPVET_PROGRESS_INTERVAL = 5.0

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
