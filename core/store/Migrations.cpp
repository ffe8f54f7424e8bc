#include "core/store/Migrations.h"

namespace Patronage {

namespace {

// Version 1: the normalised orders of spec §1. Money is integer minor units;
// placed_at is the wall-clock time as exported, in seconds counted as if it
// were UTC, so that calendar months follow the shop's own clock.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- Segmentation parameters live in the store, so one file always gives the same figures.
INSERT INTO settings(key, value) VALUES
    ('threshold_method', 'clerk'),
    ('lookback_months', '0'),
    ('frequent_percentile', '75'),
    ('vip_percentile', '90'),
    ('frequent_min_orders', '3');

CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_path     TEXT NOT NULL,
    file_size     INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    format        TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    orders_inserted  INTEGER NOT NULL DEFAULT 0,
    orders_updated   INTEGER NOT NULL DEFAULT 0,
    orders_unchanged INTEGER NOT NULL DEFAULT 0,
    credit_notes  INTEGER NOT NULL DEFAULT 0,
    guest_orders  INTEGER NOT NULL DEFAULT 0,
    rows_skipped  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE customers (
    id           INTEGER PRIMARY KEY,
    customer_key TEXT NOT NULL UNIQUE,
    email        TEXT,
    name         TEXT
);

CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    order_key   TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers(id),
    placed_at   INTEGER NOT NULL,
    utc_offset  INTEGER,
    gross       INTEGER NOT NULL,
    refunded    INTEGER NOT NULL DEFAULT 0,
    state       INTEGER NOT NULL CHECK (state IN (0, 1)),
    import_id   INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX orders_by_customer ON orders(customer_id, placed_at);

CREATE TABLE credit_notes (
    id          INTEGER PRIMARY KEY,
    note_key    TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers(id),
    placed_at   INTEGER NOT NULL,
    utc_offset  INTEGER,
    amount      INTEGER NOT NULL,
    import_id   INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX credit_notes_by_customer ON credit_notes(customer_id, placed_at);
)sql";

// Version 2: month-by-month segmentation results (spec §9), kept so that
// opening a store needs no recomputation.
constexpr const char *kVersion2 = R"sql(
CREATE TABLE segment_months (
    month             INTEGER PRIMARY KEY, -- year * 12 + month - 1
    base_customers    INTEGER NOT NULL,
    repeat_customers  INTEGER NOT NULL,
    frequent_from     REAL,
    vip_from          REAL,
    vip_min_revenue   INTEGER,
    repurchase_gap_q80 INTEGER,
    just_ordered      INTEGER NOT NULL,
    active            INTEGER NOT NULL,
    slipping_away     INTEGER NOT NULL,
    lost              INTEGER NOT NULL,
    guest_orders      INTEGER NOT NULL,
    guest_revenue     INTEGER NOT NULL
);
CREATE TABLE segment_groups (
    month         INTEGER NOT NULL REFERENCES segment_months(month) ON DELETE CASCADE,
    loyalty_group INTEGER NOT NULL CHECK (loyalty_group BETWEEN 0 AND 3),
    customers     INTEGER NOT NULL,
    orders        INTEGER NOT NULL,
    revenue       INTEGER NOT NULL,
    month_revenue INTEGER NOT NULL,
    PRIMARY KEY (month, loyalty_group)
) WITHOUT ROWID;
)sql";

// Version 3: the store's identity. Every write transaction of Patronage
// touches this row (Transaction), so the last transaction in a -wal file
// beside the store names the store it belongs to: a -wal file of another
// store is never applied to this one (StoreGuard).
constexpr const char *kVersion3 = R"sql(
CREATE TABLE store_identity (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    marker TEXT NOT NULL,
    writes INTEGER NOT NULL DEFAULT 0
);
INSERT INTO store_identity(id, marker) VALUES (1, 'patronage-store:' || lower(hex(randomblob(16))));
-- A bound on the magnitudes of every amount, added (Limits::kMaxStoreTotal): imports keep it up to date.
INSERT OR REPLACE INTO settings(key, value) SELECT 'amount_total', CAST(min(1.001 * (
    (SELECT total(abs(gross)) + total(abs(refunded)) FROM orders) + (SELECT total(abs(amount)) FROM credit_notes)),
    4611686018427387904.0) AS INTEGER);
)sql";

// Version 4: large stores. The orders and credit notes once more, one compact
// blob per month in date order, in the form segmentation reads them
// (HistoryMonths; worked out from the tables after this step): a customer's
// documents are found through them too, so the indexes by customer go (they
// cost an import more than all the rest of its writing). The tables are
// found by date through new indexes, which an import appends to. And the
// segmentation engine's state at the end of chosen months (EngineCheckpoints),
// so that working a month out reads only the orders after the checkpoint before it.
constexpr const char *kVersion4 = R"sql(
DROP INDEX orders_by_customer;
DROP INDEX credit_notes_by_customer;
CREATE INDEX orders_by_time ON orders(placed_at);
CREATE INDEX credit_notes_by_time ON credit_notes(placed_at);
CREATE TABLE history_months (
    month     INTEGER PRIMARY KEY,
    documents INTEGER NOT NULL,
    data      BLOB NOT NULL
);
CREATE TABLE engine_checkpoints (
    month INTEGER PRIMARY KEY,
    data  BLOB NOT NULL
);
-- Every month is worked out once more, so that the checkpoints are written.
INSERT OR REPLACE INTO settings(key, value) VALUES ('segments_stale_from', '-2147483648');
)sql";

} // namespace

const char *migrationStep(int toVersion)
{
    switch (toVersion) {
    case 1: return kVersion1;
    case 2: return kVersion2;
    case 3: return kVersion3;
    case 4: return kVersion4;
    default: return nullptr;
    }
}

} // namespace Patronage
