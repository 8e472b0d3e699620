-- A board in file format 1, the first .seams schema (see core/storage/schema.cpp): notes
-- had no stacking order (z) and commands no HTTP override (http_method, http_path);
-- relationships had no data-sync option (sync). tst_projectfile turns this script into a
-- .seams file with the sqlite3 C API and checks that it opens read-only untouched and
-- migrates in place when opened for writing.

PRAGMA application_id = 1397047629; -- 0x5345414d, "SEAM"
PRAGMA user_version = 1;

CREATE TABLE board (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE contexts (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    color TEXT NOT NULL,
    service_name TEXT NOT NULL DEFAULT '',
    upstream_url TEXT NOT NULL DEFAULT '',
    route_prefixes TEXT NOT NULL DEFAULT '[]',
    database_name TEXT NOT NULL DEFAULT '',
    database_engine TEXT,
    team TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'monolith',
    wave INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE notes (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    x REAL NOT NULL,
    y REAL NOT NULL,
    width REAL NOT NULL,
    height REAL NOT NULL,
    context_id TEXT REFERENCES contexts(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX notes_by_context ON notes(context_id);

CREATE TABLE fields (
    note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    nullable INTEGER NOT NULL,
    reference TEXT,
    enum_values TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (note_id, position)
) STRICT;

CREATE TABLE links (
    id TEXT PRIMARY KEY NOT NULL,
    source_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    target_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
    label TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX links_by_source ON links(source_id);
CREATE INDEX links_by_target ON links(target_id);

CREATE TABLE relationships (
    id TEXT PRIMARY KEY NOT NULL,
    upstream_id TEXT NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,
    downstream_id TEXT NOT NULL REFERENCES contexts(id) ON DELETE CASCADE,
    pattern TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO board(key, value) VALUES ('name', 'Legacy shop (format 1)');
INSERT INTO settings(key, value) VALUES
    ('api_base_path', '"/api"'),
    ('jwt_enabled', 'false'),
    ('monolith_upstream', '"http://legacy:8080"'),
    ('rate_limit_per_minute', '60'),
    ('written_by_format_1', '{"kept":true}');

INSERT INTO contexts(id, name, x, y, width, height, color, team, status, wave) VALUES
    ('0000000c-0000-4000-8000-000000000001', 'Order Context', 0, 0, 1000, 600, '#4e79a7',
     'Checkout', 'extracted', 1),
    ('0000000c-0000-4000-8000-000000000002', 'Payment Context', 1200, 0, 800, 600, '#59a14f',
     '', 'monolith', 0);

-- Created out of id order, so the migration's stacking order (by creation time) shows.
INSERT INTO notes(id, kind, text, x, y, width, height, context_id, created_at, updated_at)
VALUES
    ('0000000a-0000-4000-8000-000000000001', 'command', 'Place Order', 100, 100, 140, 100,
     '0000000c-0000-4000-8000-000000000001', 1700000003000, 1700000003000),
    ('0000000a-0000-4000-8000-000000000002', 'domain_event', 'Order Placed', 300, 100, 140, 100,
     '0000000c-0000-4000-8000-000000000001', 1700000001000, 1700000009000),
    ('0000000a-0000-4000-8000-000000000003', 'aggregate', 'Payment', 1300, 100, 160, 120,
     '0000000c-0000-4000-8000-000000000002', 1700000002000, 1700000002000),
    ('0000000a-0000-4000-8000-000000000004', 'hotspot', 'Who refunds?', 3000, 50, 140, 100,
     NULL, 1700000002000, 1700000002000);

INSERT INTO fields(note_id, position, name, type, nullable, reference, enum_values) VALUES
    ('0000000a-0000-4000-8000-000000000003', 0, 'amount_cents', 'money', 0, NULL, '[]'),
    ('0000000a-0000-4000-8000-000000000003', 1, 'state', 'enum', 1, NULL,
     '["pending","captured"]'),
    ('0000000a-0000-4000-8000-000000000002', 0, 'order_id', 'uuid', 0, NULL, '[]');

INSERT INTO links(id, source_id, target_id, label) VALUES
    ('0000000b-0000-4000-8000-000000000001', '0000000a-0000-4000-8000-000000000001',
     '0000000a-0000-4000-8000-000000000002', ''),
    ('0000000b-0000-4000-8000-000000000002', '0000000a-0000-4000-8000-000000000002',
     '0000000a-0000-4000-8000-000000000003', 'pays for');

INSERT INTO relationships(id, upstream_id, downstream_id, pattern, description) VALUES
    ('0000000d-0000-4000-8000-000000000001', '0000000c-0000-4000-8000-000000000001',
     '0000000c-0000-4000-8000-000000000002', 'customer_supplier', 'orders to payments');
