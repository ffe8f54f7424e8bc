#pragma once

#include <QCoreApplication>

#include "core/import/ImportReport.h"

namespace Patronage {

/// The wording of an import report's rows, translatable, for every front end.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    static QString skipReason(SkipReason reason);
    /// Why a row was noted: "order X starts on line N with customer "Y": ...".
    static QString note(const RowNote &note);
};

} // namespace Patronage
