#pragma once

namespace Patronage::Predict {

/// ln Gamma(x) for x > 0, to about 1e-15 relative (also near the roots x = 1 and x = 2).
/// Written here rather than taken from the C library so that every platform gives the
/// same bits.
double logGamma(double x);

/// The digamma function psi(x) = d/dx ln Gamma(x) for x > 0 (also accurate near its
/// root x = 1.4616...).
double digamma(double x);

/// ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b) for a, b > 0, without the
/// cancellation of the three large terms when a or b is large.
double logBeta(double a, double b);

/// ln Gamma(a + d) - ln Gamma(a) for a > 0 and a + d > 0, accurate when a is large and d
/// small (where the two logGamma values nearly cancel).
double logGammaDifference(double a, double d);

/// psi(a + d) - psi(a) for a > 0 and a + d > 0, accurate when a is large and d small.
double digammaDifference(double a, double d);

/// a1 ln p* + a2 ln q* - ln B(a1, a2), p* = a1 / (a1 + a2), q* = 1 - p*: the log of the
/// Beta(a1, a2) density's peak over the logit of p, accurate for large a1 and a2.
double logBetaPeak(double a1, double a2);

/// ln 2F1(a, b; c; z), the Gauss hypergeometric function, for a, b, c > 0 and 0 <= z < 1
/// (where every term of its series is positive, so 2F1 >= 1). Accurate to about 1e-12
/// relative wherever c > min(a, b) - 1, which covers every BG/NBD argument
/// (c - b + 1 = model a > 0); elsewhere the series is summed in log space to at most
/// 10^6 terms. Never NaN or infinite for valid input.
double logHypergeometric2F1(double a, double b, double c, double z);

/// 2F1(a, b; c; z) for a, b, c > 0 and 0 <= z < 1: exp(logHypergeometric2F1), saturating
/// at the largest double where the value is beyond the range of double.
double hypergeometric2F1(double a, double b, double c, double z);

/// Clears the upper halves of the x86 AVX registers (VZEROUPPER) where the CPU has them;
/// a no-op elsewhere. Qt 6.4's metatype registration leaves them dirty, after which this
/// code's SSE arithmetic ran 10 to 16 times slower (measured on an AVX-512 Xeon), so the
/// likelihoods and the per-customer formulas call it on entry.
void clearUpperVectorState();

} // namespace Patronage::Predict
