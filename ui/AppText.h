#pragma once

#include "core/error/ErrorText.h"

namespace Patronage {

/// What to do, in the app's words: it names its own controls.
class AppRemedies final : public Remedies
{
    Q_DECLARE_TR_FUNCTIONS(AppRemedies)
public:
    QString nameColumn(int field) const override;
    QString mapColumns() const override;
    QString giveDateLayout() const override;
    QString chooseDateOrder() const override;
    QString currencyRequest(const QString &code) const override;
    QString fieldLabel(int field) const override;
};

/// An error as the app shows it.
QString appMessage(const Error &error);
/// The problem without the file's name and place, for a message next to the file.
QString appProblem(const Error &error);

} // namespace Patronage
