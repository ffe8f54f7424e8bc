#pragma once

#include "core/error/ErrorText.h"

namespace Patronage::Cli {

/// What to do, in the command line's words: its options (--map, --date-format, --currency).
class CliRemedies final : public Remedies
{
public:
    QString nameColumn(int field) const override;
    QString mapColumns() const override;
    QString giveDateLayout() const override;
    QString chooseDateOrder() const override;
    QString currencyRequest(const QString &code) const override;
};

/// An error as the command line prints it: "FILE:LINE:COLUMN: what is wrong: what to do".
QString cliMessage(const Error &error);

} // namespace Patronage::Cli
