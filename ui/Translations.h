#pragma once

#include <QLocale>

namespace Patronage::Translations {

/// Installs the app's texts for \a locale (German for German locales; English, with its
/// plurals, for every other) and Qt's own (the standard buttons and dialogs).
/// Returns the language whose texts were installed ("de", "en").
QString install(const QLocale &locale = QLocale());

} // namespace Patronage::Translations
