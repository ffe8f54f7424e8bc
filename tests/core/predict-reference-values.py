#!/usr/bin/env python3
"""Reference values for tests/core/TestSpecialFunctions.cpp, TestPredictFormulas.cpp and TestPredictFits.cpp, computed with mpmath at 30+ digits.

Prints the QTest::newRow lines of the data-driven tests, 17 significant digits each:
    python3 tests/core/predict-reference-values.py > /tmp/rows.txt
(apt-get install python3-mpmath). Every argument is first rounded to a double, so the
reference is the exact function value at the double the C++ test passes.

2F1 is summed term by term (all terms are positive for a, b, c > 0 and 0 <= z < 1, so the
sum is exact to the working precision) where that takes fewer than 3 million terms, and
taken from mpmath.hyp2f1 otherwise, accepted only when two working precisions agree:
mpmath.hyp2f1 itself returns wrong values for some large parameters (it gave a negative
2F1(51.8, 3414.0; 6557.9; 0.838), whose terms are all positive).
"""

import mpmath as mp

mp.mp.dps = 40


def d(x):
    """The double nearest to x, as the C++ literal will be."""
    return mp.mpf(float(x))


def lit(x):
    """A C++ double literal: 17 significant digits, and never an int."""
    text = "%.17g" % float(x)
    return text if any(ch in text for ch in ".en") else text + ".0"


def log_2f1(a, b, c, z):
    a, b, c, z = d(a), d(b), d(c), d(z)
    term = mp.mpf(1)
    total = mp.mpf(1)
    k = 0
    while k < 3000000:
        ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z
        term *= ratio
        total += term
        k += 1
        if ratio < 1 and term * ratio / (1 - ratio) < total * mp.mpf(10) ** -32:
            return mp.log(total)
    with mp.workdps(60):
        low = mp.hyp2f1(a, b, c, z)
    with mp.workdps(90):
        high = mp.hyp2f1(a, b, c, z)
    assert low > 0 and abs(low / high - 1) < mp.mpf(10) ** -28, (a, b, c, z)
    return mp.log(high)


def rows_log_gamma():
    print("// logGamma")
    for name, x in [
        ("tiny", "1e-300"), ("small", "1e-8"), ("0.01", "0.01"), ("0.3", "0.3"),
        ("near_one_below", "0.99999999"), ("one", "1"), ("near_one_above", "1.0000001"),
        ("1.25", "1.25"), ("near_two", "2.00000001"), ("2.5", "2.5"), ("7.3", "7.3"),
        ("9.99", "9.99"), ("ten", "10"), ("r_plus_500", "500.243"), ("1e4", "10000.5"),
        ("1e10", "1e10"),
    ]:
        x = d(x)
        print('    QTest::newRow("%s") << %s << %s;' % (name, lit(x), lit(mp.loggamma(x))))


def rows_digamma():
    print("// digamma")
    x0 = mp.findroot(mp.digamma, 1.46)
    for name, x in [
        ("tiny", "1e-8"), ("0.01", "0.01"), ("0.5", "0.5"), ("one", "1"),
        ("root_minus", str(float(x0) - 1e-6)), ("root_plus", str(float(x0) + 1e-3)),
        ("1.2", "1.2"), ("1.75", "1.75"), ("3.7", "3.7"), ("9.99", "9.99"), ("ten", "10"),
        ("1000.5", "1000.5"), ("1e8", "1e8"),
    ]:
        x = d(x)
        print('    QTest::newRow("%s") << %s << %s;' % (name, lit(x), lit(mp.digamma(x))))


def rows_log_beta():
    print("// logBeta")
    for name, a, b in [
        ("small_small", "0.01", "0.02"), ("cdnow", "0.793", "2.426"), ("cdnow_x", "0.793", "12.426"),
        ("small_large", "0.01", "10000"), ("large_small", "10000", "0.05"),
        ("large_large", "10000", "11000"), ("half_thousand", "0.8", "502.4"),
        ("one_seven", "1", "7"), ("moderate", "3.5", "9.5"),
    ]:
        a, b = d(a), d(b)
        print('    QTest::newRow("%s") << %s << %s << %s;' % (name, lit(a), lit(b), lit(mp.log(mp.beta(a, b)))))


def bgnbd_args(r, alpha, a, b, x, t, T):
    r, alpha, a, b, t, T = map(d, (r, alpha, a, b, t, T))
    return r + x, b + x, a + b + x - 1, t / (alpha + T + t)


def rows_hypergeometric():
    print("// hypergeometric2F1: a, b, c, z, ln 2F1")
    cases = [
        ("cdnow_customer1", bgnbd_args("0.243", "4.414", "0.793", "2.426", 2, 39, "38.86")),
        ("z_0.99", ("2.243", "4.426", "4.219", "0.99")),
        ("z_0.999", ("10.243", "12.426", "12.219", "0.999")),
        ("x_500_z_half", ("500.243", "502.426", "502.219", "0.5")),
        ("x_500_z_0.9", ("500.243", "502.426", "502.219", "0.9")),
        ("x_500_z_0.99", ("500.5", "501", "500.5", "0.99")),
        ("integer_c_minus_a_minus_b", bgnbd_args("0.5", "2", "1.5", "3", 4, 52, 10)),
        ("near_integer_c_minus_a_minus_b", bgnbd_args("0.5", "2", "1.5000001", "3", 4, 52, 10)),
        ("model_a_just_above_one", bgnbd_args("0.7", "3", "1.00000001", "2", 3, 52, 20)),
        ("model_a_just_below_one", bgnbd_args("0.7", "3", "0.99999999", "2", 3, 52, 20)),
        ("model_a_one", bgnbd_args("0.7", "3", "1", "2", 3, 52, 20)),
        ("large_b", bgnbd_args("0.3", "5", "0.05", "10000", 3, 52, 5)),
        ("tiny_alpha_new_customer", bgnbd_args("0.01", "0.01", "0.8", "0.5", 0, 520, 0)),
        ("small_alpha_x_1000", bgnbd_args("100", "0.01", "10000", "10000", 1000, 520, "0.5")),
        ("x_1000_z_0.999", bgnbd_args("1", "1", "0.5", "1.5", 1000, 520, "0.5")),
        ("large_a_large_b", bgnbd_args("2", "10", "5000", "3000", 20, 52, 30)),
        ("tiny_z", ("3.5", "7.25", "9.5", "1e-9")),
    ]
    for name, args in cases:
        a, b, c, z = map(d, args)
        print('    QTest::newRow("%s") << %s << %s << %s << %s << %s;'
              % (name, lit(a), lit(b), lit(c), lit(z), lit(log_2f1(a, b, c, z))))


def spec_expected(r, alpha, a, b, x, tx, T, t):
    """Spec §10's P(alive) and E, by the 2F1 form at high precision."""
    r, alpha, a, b, tx, T, t = map(d, (r, alpha, a, b, tx, T, t))
    with mp.workdps(60):
        odds = (a / (b + x - 1) * ((alpha + T) / (alpha + tx)) ** (r + x)) if x > 0 else 0
        alive = 1 / (1 + odds)
        logf = log_2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
        e = (a + b + x - 1) / (a - 1) * (1 - mp.exp((r + x) * mp.log((alpha + T) / (alpha + T + t)) + logf)) * alive
    return alive, e


def rows_bgnbd():
    print("// BG/NBD per customer: r, alpha, a, b, x, tx, T, t, P(alive), E")
    cases = [
        ("cdnow_customer1", ("0.243", "4.414", "0.793", "2.426", 2, "30.43", "38.86", 39)),
        ("cdnow_one_time_buyer", ("0.243", "4.414", "0.793", "2.426", 0, 0, "38.86", 39)),
        ("cdnow_frequent_recent", ("0.243", "4.414", "0.793", "2.426", 10, "38", "38.86", 52)),
        ("cdnow_frequent_gone", ("0.243", "4.414", "0.793", "2.426", 10, "5", "38.86", 52)),
        ("a_above_one", ("1.5", "10", "2.5", "4", 3, 20, 30, 52)),
        ("heavy_buyer", ("2", "1", "0.3", "8", 200, 100, 104, 52)),
        ("large_b_small_a", ("0.3", "5", "0.05", "10000", 3, 4, 5, 52)),
    ]
    for name, args in cases:
        alive, e = spec_expected(*args)
        r, alpha, a, b, x, tx, T, t = args
        print('    QTest::newRow("%s") << %s << %s << %s << %s << %d << %s << %s << %s << %s << %s;'
              % (name, lit(d(r)), lit(d(alpha)), lit(d(a)), lit(d(b)), x, lit(d(tx)), lit(d(T)), lit(d(t)),
                 lit(alive), lit(e)))


def gap_by_quadrature(a1, a2, s, n):
    a1, a2, s, n = map(d, (a1, a2, s, n))
    with mp.workdps(30):
        def f(y):
            p = 1 / (1 + mp.exp(-y))
            q = 1 / (1 + mp.exp(y))
            return p ** a1 * q ** a2 * (-mp.expm1(-n * mp.log1p(s * p))) / p
        mode = mp.log(a1 / a2)
        width = mp.sqrt(1 / a1 + 1 / a2)
        points = sorted(set([mp.mpf(k) for k in range(-4000, 40, 2)] + [mode + width * j / 2 for j in range(-80, 81)]))
        return mp.quad(f, [-mp.inf] + points + [mp.inf]) / mp.beta(a1, a2)


def rows_gap():
    print("// betaMeanPowerGap: a1, a2, s, n, E[(1 - (1 + s p)^-n) / p]")
    for name, args in [
        ("cdnow_customer1", ("0.793", "4.426", str(39 / (4.414 + 38.86)), "2.243")),
        ("tiny_a1_huge_s", ("0.04693289110257074", "122.78864201473586", "29574.95725108697", "11.23176951088081")),
        ("a1_exactly_one", ("1", "5", "2", "3.5")),
        ("peaked", ("1599.2999325932424", "5833.24469444182", "70.01372820471053", "5.0456323713004805")),
    ]:
        a1, a2, s, n = map(d, args)
        print('    QTest::newRow("%s") << %s << %s << %s << %s << %s;'
              % (name, lit(a1), lit(a2), lit(s), lit(n), lit(gap_by_quadrature(a1, a2, s, n))))


if __name__ == "__main__":
    rows_log_gamma()
    rows_digamma()
    rows_log_beta()
    rows_hypergeometric()
    rows_bgnbd()
    rows_gap()
