#pragma once

namespace Patronage {

/// The schema version this build writes. Version N of a store is reached by
/// running every migration step from its own version up to N, in order.
constexpr int kCurrentSchemaVersion = 4;

/// The SQL that takes a store from version \a toVersion - 1 to \a toVersion.
const char *migrationStep(int toVersion);

/// Marks a SQLite file as a Patronage store ("PTRN"); see PRAGMA application_id.
constexpr int kApplicationId = 0x5054524E;

/// How the identity row names its store: this prefix and 32 hex digits.
constexpr const char kStoreMarkerPrefix[] = "patronage-store:";
constexpr int kStoreMarkerLength = 16 + 32;

} // namespace Patronage
