#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"

using namespace Patronage;
using namespace Patronage::Testing;

// The app open on a store while patronage-cli imports into it: the import
// waits its turn if it must, nothing is lost, and the app shows the new data.
class TestTwoWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appShowsWhatTheCliImported();
};

void TestTwoWriters::appShowsWhatTheCliImported()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("shop.patronage"));
    {
        QString error;
        auto created = openStore(store, Store::OpenMode::CreateIfMissing, &error);
        QVERIFY(Importer(*created).importFile(testData(QStringLiteral("formats/shopify_small.csv")), {}).ok);
    }
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(store));
    QVERIFY(loaded.wait(30000));
    const qsizetype monthsBefore = window.session()->months().size();

    QSignalSpy changed(window.session(), &StoreSession::changedElsewhere);
    QProcess cli;
    cli.start(QStringLiteral(PATRONAGE_CLI),
              {QStringLiteral("import"), QStringLiteral("--db"), store,
               testData(QStringLiteral("formats/shopify_overlap.csv"))});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(!cli.readAllStandardError().contains("locked"));
    QVERIFY(changed.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading() && loaded.size() >= 2, 30000);
    QCOMPARE(window.session()->months().size(), monthsBefore); // same months, new figures
    const MonthResult *march = window.session()->month(2024 * 12 + 2);
    QVERIFY(march);
    QCOMPARE(march->baseCustomers, 3); // dan's order of March arrived through the CLI
}

QTEST_MAIN(TestTwoWriters)
#include "TestTwoWriters.moc"
