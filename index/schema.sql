-- The store of record. Every fact keeps the URL it came from and when it was first and
-- last seen; a fact is marked gone only after several successful fetches no longer show it.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE IF NOT EXISTS crawl_runs (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    trigger TEXT NOT NULL DEFAULT 'manual',   -- manual | schedule | demo | admin
    scheduled_for TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',   -- running | ok | partial | failed | killed
    pages INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    robots_denied INTEGER NOT NULL DEFAULT 0,
    message TEXT,
    pid INTEGER
);
CREATE INDEX IF NOT EXISTS crawl_runs_source ON crawl_runs (source, started_at);

CREATE TABLE IF NOT EXISTS crawl_errors (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES crawl_runs (id) ON DELETE CASCADE,
    url TEXT,
    kind TEXT NOT NULL,       -- http | network | robots | parse | size | offsite | other
    message TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS crawl_errors_run ON crawl_errors (run_id);

CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    site TEXT NOT NULL,
    status INTEGER,
    first_seen TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    run_id INTEGER,
    content_hash TEXT,
    size INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    clues TEXT,                               -- JSON [[kind, text]]: what the page calls its site
    staff TEXT                                -- JSON [name]: team members it says do not do the work
);
CREATE INDEX IF NOT EXISTS pages_source ON pages (source);
CREATE INDEX IF NOT EXISTS pages_site ON pages (site);

-- One practitioner as one page shows it; identity resolution groups sightings into practitioners.
CREATE TABLE IF NOT EXISTS sightings (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    record_key TEXT NOT NULL,
    source TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    own_site INTEGER NOT NULL DEFAULT 0,
    site TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    norm_name TEXT NOT NULL,
    website TEXT,
    domain TEXT,
    telephone TEXT,
    email TEXT,
    street TEXT,
    locality TEXT,
    region TEXT,
    postal_code TEXT,
    country TEXT,
    lat REAL,
    lon REAL,
    rating_value REAL,
    rating_count INTEGER,
    services TEXT NOT NULL DEFAULT '[]',
    signals TEXT NOT NULL DEFAULT '[]',
    works_for TEXT,
    same_as TEXT NOT NULL DEFAULT '[]',
    content_hash TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    changed_seq INTEGER NOT NULL DEFAULT 0,
    practitioner_id TEXT,
    joined_by TEXT,                           -- why identity resolution put it with the others
    not_offered TEXT,                         -- a chain's location's words: the work is not done here
    former_address TEXT,                      -- JSON address its markup still gives after a move
    UNIQUE (url, record_key)
);
CREATE INDEX IF NOT EXISTS sightings_practitioner ON sightings (practitioner_id);
CREATE INDEX IF NOT EXISTS sightings_changed ON sightings (changed_seq);

CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    sighting_id INTEGER NOT NULL REFERENCES sightings (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    claim_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    issuer TEXT,
    text TEXT NOT NULL,
    hours INTEGER,
    years INTEGER,
    licence_number TEXT,
    year INTEGER,
    holder TEXT,                              -- the person the claim names, when not the record's
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    UNIQUE (sighting_id, claim_key)
);

CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    review_key TEXT NOT NULL,
    source TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    site TEXT NOT NULL,
    own_site INTEGER NOT NULL DEFAULT 0,
    sighting_id INTEGER REFERENCES sightings (id) ON DELETE SET NULL,
    author TEXT,
    author_key TEXT,          -- folded author name, to count an author's reviews on a site
    rating REAL,
    body TEXT NOT NULL,
    date TEXT,
    about TEXT,
    flags TEXT NOT NULL DEFAULT '[]',
    ease_positive TEXT NOT NULL DEFAULT '[]',
    ease_negative TEXT NOT NULL DEFAULT '[]',
    reading TEXT,                             -- JSON vetting.reader.ReviewReading
    reader_version TEXT,                      -- the reader that made it; another rereads
    mentions TEXT,            -- on a page about no one (a forum thread): the practitioner it names
    quoted TEXT,              -- the post a forum reply quotes: its context, not its words
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    UNIQUE (url, review_key)
);
CREATE INDEX IF NOT EXISTS reviews_sighting ON reviews (sighting_id);
CREATE INDEX IF NOT EXISTS reviews_mentions ON reviews (mentions) WHERE mentions IS NOT NULL;
CREATE INDEX IF NOT EXISTS reviews_author ON reviews (site, author_key);
-- Counting an author's reviews on a site (profiles._count_authors) reads only this index.
CREATE INDEX IF NOT EXISTS reviews_author_count ON reviews (site, author_key, sighting_id)
    WHERE gone = 0;

CREATE TABLE IF NOT EXISTS registry_entries (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    source TEXT NOT NULL,
    issuer TEXT NOT NULL,
    credential TEXT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    status TEXT,
    licence_number TEXT,
    business TEXT,
    locality TEXT,
    region TEXT,
    hours INTEGER,
    year INTEGER,
    valid_until TEXT,
    text TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    missing INTEGER NOT NULL DEFAULT 0,
    gone INTEGER NOT NULL DEFAULT 0,
    UNIQUE (url, entry_key)
);

-- Practitioners are derived from sightings by identity resolution; ids are stable.
CREATE TABLE IF NOT EXISTS practitioners (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    clinic_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    changed_seq INTEGER NOT NULL DEFAULT 0,
    members TEXT NOT NULL DEFAULT '',          -- hash of the sighting ids it is made of
    gone INTEGER NOT NULL DEFAULT 0,
    name_reason TEXT                           -- how the name was chosen
);

CREATE TABLE IF NOT EXISTS id_redirects (
    old_id TEXT PRIMARY KEY,
    new_id TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS scorecards (
    practitioner_id TEXT PRIMARY KEY,
    grade TEXT,
    score INTEGER,
    json TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    computed_at TEXT NOT NULL
);

-- The web front end's own state: shortlists (no accounts: the token is the capability)
-- and the operator's admin password.
CREATE TABLE IF NOT EXISTS shortlists (
    token TEXT PRIMARY KEY,                    -- secrets.token_urlsafe(24)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS shortlist_items (
    token TEXT NOT NULL REFERENCES shortlists (token) ON DELETE CASCADE,
    practitioner_id TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    answers TEXT NOT NULL DEFAULT '{}',        -- consultation checklist: key -> yes | no | unsure
    answered_on TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (token, practitioner_id)
);

CREATE TABLE IF NOT EXISTS admin_credentials (
    id INTEGER PRIMARY KEY CHECK (id = 1),     -- one operator password
    password_hash TEXT NOT NULL,               -- werkzeug.security; never a default
    updated_at TEXT NOT NULL
);
