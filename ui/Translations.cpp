#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Patronage::Translations {

QString install(const QLocale &locale)
{
    // Once per process: the translators live as long as the application.
    static QTranslator qtTexts;
    static QTranslator appTexts;
    QCoreApplication::removeTranslator(&qtTexts);
    QCoreApplication::removeTranslator(&appTexts);
    if (qtTexts.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTexts);
    // The sources are English without plural forms ("%n customer(s)"): English says them.
    const QString prefix = QStringLiteral(":/i18n");
    if (!appTexts.load(locale, QStringLiteral("patronage"), QStringLiteral("_"), prefix)
        && !appTexts.load(QStringLiteral("patronage_en"), prefix))
        return {};
    QCoreApplication::installTranslator(&appTexts);
    return appTexts.language().left(2);
}

} // namespace Patronage::Translations
