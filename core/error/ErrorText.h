#pragma once

#include <QCoreApplication>

#include "core/error/Error.h"

namespace Patronage {

/// What the user can do about a problem, in the words of one front end: the
/// command line names its options (--map date=COLUMN), the app its controls.
class Remedies
{
public:
    virtual ~Remedies() = default;
    /// How to say which column holds \a field (a Field).
    virtual QString nameColumn(int field) const = 0;
    /// How to map a file of no known format, column by column.
    virtual QString mapColumns() const = 0;
    /// How to give the layout of dates that cannot be read.
    virtual QString giveDateLayout() const = 0;
    /// How to say whether dates are day/month or month/day.
    virtual QString chooseDateOrder() const = 0;
    /// How the user asked for the currency \a code.
    virtual QString currencyRequest(const QString &code) const = 0;
    /// What \a field (a Field) is called: by default its name on the command line ("order").
    virtual QString fieldLabel(int field) const;
};

/// The wording of errors: "FILE:LINE:COLUMN: what is wrong: what to do",
/// translatable, with the remedy in the front end's words.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString describe(const Error &error, const Remedies &remedies);
    /// The problem alone, without the location.
    static QString problem(const Error &error, const Remedies &remedies);
    /// "FILE:LINE:COLUMN", leaving out what is not known.
    static QString location(const Error &error);
};

} // namespace Patronage
