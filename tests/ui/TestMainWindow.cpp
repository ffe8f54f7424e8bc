#include <QAbstractItemModelTester>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/MainWindow.h"
#include "ui/history/ImportHistoryModel.h"
#include "ui/history/ImportsPage.h"

using namespace Patronage;
using namespace Patronage::Testing;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsStoreAndHistory();
    void refusesForeignFile();
    void restoredGeometryFitsTheScreen();
};

void TestMainWindow::showsStoreAndHistory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.patronage"));
    {
        QString error;
        auto store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
        QVERIFY(store);
        Importer importer(*store);
        QVERIFY(importer.importFile(testData(QStringLiteral("formats/shopify_small.csv")), {}).ok);
        QVERIFY(importer.importFile(testData(QStringLiteral("formats/shopify_overlap.csv")), {}).ok);
    }
    MainWindow window;
    QVERIFY2(window.openStore(path), qPrintable(window.errorString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<QTableView *>(QStringLiteral("importHistory"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The history and totals are read once the page is shown (nothing else waits on them).
    QCOMPARE(view->model()->rowCount(), 0);
    window.tabs()->setCurrentWidget(window.importsPage());
    QTRY_COMPARE(view->model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(view->model()->index(0, ImportHistoryModel::FileName).data().toString(),
             QStringLiteral("shopify_overlap.csv"));
    QCOMPARE(view->model()->index(0, ImportHistoryModel::Inserted).data().toString(), QStringLiteral("1"));
    QCOMPARE(view->model()->index(1, ImportHistoryModel::Inserted).data().toString(), QStringLiteral("6"));
    auto *summary = window.findChild<QLabel *>(QStringLiteral("storeSummary"));
    QTRY_VERIFY(summary->text().contains(QLatin1String("<b>7</b> orders"))); // read in the background
    QVERIFY(window.windowTitle().startsWith(QLatin1String("shop")));
}

void TestMainWindow::refusesForeignFile()
{
    MainWindow window;
    QVERIFY(!window.openStore(testData(QStringLiteral("formats/shopify_small.csv"))));
    QVERIFY(window.errorString().contains(QLatin1String("not a Patronage store")));
}

// A window saved on a larger screen opens within this one.
void TestMainWindow::restoredGeometryFitsTheScreen()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    {
        QWidget big;
        big.setGeometry(3000, 2000, 4000, 3000);
        QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
    }
    MainWindow window;
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
    QVERIFY(available.intersects(window.frameGeometry()));
    QSettings().remove(QStringLiteral("window/geometry"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
