#pragma once

namespace Patronage {

/// Exact intermediate sums and products need more than 64 bits (GCC and Clang have 128).
__extension__ typedef __int128 Int128;

} // namespace Patronage
