// The app speaks German: every text of the sources has a German translation with the
// same placeholders, and the translations load for a German locale.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "ui/Translations.h"

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            message = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?n|[0-9]+)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTextIsTranslated();
    void placeholdersAreKept();
    void theSourcesHaveNoTextLeftOut();
    void germanLoadsForAGermanLocale();
};

void TestTranslations::everyTextIsTranslated()
{
    const QList<Message> messages = readTs(QStringLiteral(PATRONAGE_TS_DE));
    QVERIFY(messages.size() > 300);
    for (const Message &m : messages) {
        QVERIFY2(!m.unfinished, qPrintable(m.context + QStringLiteral(": ") + m.source));
        for (const QString &t : m.translations)
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(m.context + QStringLiteral(": ") + m.source));
    }
}

void TestTranslations::placeholdersAreKept()
{
    for (const Message &m : readTs(QStringLiteral(PATRONAGE_TS_DE))) {
        for (const QString &t : m.translations)
            QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(m.source + QStringLiteral(" / ") + t));
    }
}

// lupdate over today's sources finds nothing the German file does not translate.
void TestTranslations::theSourcesHaveNoTextLeftOut()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("patronage_de.ts"));
    QVERIFY(QFile::copy(QStringLiteral(PATRONAGE_TS_DE), copy));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(PATRONAGE_SOURCE_DIR));
    lupdate.start(QStringLiteral(PATRONAGE_LUPDATE),
                  {QStringLiteral("-recursive"), QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"), QStringLiteral("."),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-silent"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QStringList missing;
    for (const Message &m : readTs(copy)) {
        if (m.unfinished)
            missing.append(m.context + QStringLiteral(": ") + m.source);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not translated (cmake --build build --target "
                                       "update_translations, then translate): ")
                        + missing.join(QStringLiteral("; "))));
}

void TestTranslations::germanLoadsForAGermanLocale()
{
    QCOMPARE(Patronage::Translations::install(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Patronage::MainWindow", "Customer Value"), QStringLiteral("Kundenwert"));
    // English says its plurals.
    QCOMPARE(Patronage::Translations::install(QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Patronage::MainWindow", "%Ln month(s) of results", nullptr, 1),
             QStringLiteral("1 month of results"));
    QCOMPARE(QCoreApplication::translate("Patronage::MainWindow", "%Ln month(s) of results", nullptr, 24),
             QStringLiteral("24 months of results"));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
