#pragma once

// Expectations over a Beta distribution, by quadrature of a positive integrand over the
// logit (BetaQuadrature.cpp says how): what 2F1 and the BG/NBD expected purchases
// reduce to where their series would cancel.
namespace Patronage::Predict {

/// E[(1 + s p)^-n] for p ~ Beta(a1, a2), a1, a2 > 0, s >= 0, n >= 0; equal to
/// 2F1(n, a1; a1 + a2; -s). Computed by quadrature of a positive integrand.
double betaMeanPower(double a1, double a2, double s, double n);

/// E[(1 - (1 + s p)^-n) / p] for p ~ Beta(a1, a2), a1, a2 > 0, s >= 0, n >= 0: the
/// integral behind the BG/NBD expected purchases (spec §10), smooth in every a1 > 0.
double betaMeanPowerGap(double a1, double a2, double s, double n);

/// ln betaMeanPower(a1, a2, s, n).
double logBetaMeanPower(double a1, double a2, double s, double n);

} // namespace Patronage::Predict
