#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

#include "../core/TestSupport.h"
#include "ui/AppText.h"
#include "ui/import/DetectionPage.h"
#include "ui/import/ImportProgressPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/import/PreviewModel.h"

using namespace Patronage;
using namespace Patronage::Testing;

class TestImportWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importsAFixtureEndToEnd();
    void previewShowsOrdersAsTheyWillBeRead();
    void genericFileNeedsAndRemembersAMapping();
    void cancelLeavesTheStoreUnchanged();
    void messagesNameTheAppsControls();
};

void TestImportWizard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    QSettings().clear();
}

void TestImportWizard::importsAFixtureEndToEnd()
{
    ScratchStore scratch;
    ImportWizard wizard(scratch.path(), QString(), {testData(QStringLiteral("formats/shopify_small.csv"))});
    bool imported = false;
    connect(&wizard, &ImportWizard::imported, this, [&] { imported = true; });
    wizard.show();
    QVERIFY(wizard.currentPage()->isComplete()); // a file is chosen
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete()); // the preview read the file
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
    QVERIFY(imported);
    const auto *report = wizard.findChild<QPlainTextEdit *>(QStringLiteral("importReport"));
    QVERIFY2(report->toPlainText().contains(QLatin1String("new orders 6")), qPrintable(report->toPlainText()));
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 6);
    QCOMPARE(scratch.store().currency().code, QStringLiteral("EUR"));
}

void TestImportWizard::previewShowsOrdersAsTheyWillBeRead()
{
    ScratchStore scratch;
    ImportWizard wizard(scratch.path(), QString(), {testData(QStringLiteral("formats/shopify_small.csv"))});
    wizard.show();
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    const QAbstractItemModel *preview = wizard.findChild<QTableView *>(QStringLiteral("preview"))->model();
    QCOMPARE(preview->rowCount(), 6);
    QCOMPARE(preview->index(0, PreviewModel::Order).data().toString(), QStringLiteral("#1001"));
    QCOMPARE(preview->index(0, PreviewModel::PlacedAt).data().toString(), QStringLiteral("2024-01-05 10:00:00 +01:00"));
    QCOMPARE(preview->index(0, PreviewModel::Amount).data().toString(), QStringLiteral("€25.00")); // en_US
    QCOMPARE(preview->index(2, PreviewModel::State).data().toString(), QStringLiteral("cancelled"));
    QCOMPARE(preview->index(5, PreviewModel::Customer).data().toString(), QStringLiteral("guest"));
    QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 0); // a preview writes nothing
    // The detected format is said in full: the line wraps rather than cuts, however narrow the wizard.
    const auto *detected = wizard.findChild<QLabel *>(QStringLiteral("detected"));
    QVERIFY(detected->wordWrap());
    QVERIFY2(detected->text().startsWith(QLatin1String("Shopify orders export")), qPrintable(detected->text()));
    // It never holds the window wide: laid out narrow, it takes more lines instead.
    QVERIFY(detected->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored);
    QVERIFY(detected->heightForWidth(200) > detected->heightForWidth(2000));
}

void TestImportWizard::genericFileNeedsAndRemembersAMapping()
{
    ScratchStore scratch;
    const QString file = testData(QStringLiteral("segments/worked_example.csv"));
    {
        ImportWizard wizard(scratch.path(), QString(), {file});
        wizard.show();
        wizard.next();
        // Not a known export: the page switches to the mapping and guesses the columns by name.
        auto *format = wizard.findChild<QComboBox *>(QStringLiteral("format"));
        QTRY_COMPARE(ImportFormat(format->currentData().toInt()), ImportFormat::Generic);
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(wizard.findChild<QComboBox *>(QStringLiteral("map_total"))->currentText(), QStringLiteral("total"));
        // The fields are named for people, not as the command line's --map names them.
        QStringList labels;
        for (const QLabel *label : wizard.findChildren<QLabel *>())
            labels.append(label->text());
        QVERIFY2(labels.contains(QStringLiteral("order number:")), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.contains(QStringLiteral("unit price:")) || !labels.contains(QStringLiteral("unit_price:")));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 20000);
        QCOMPARE(scratch.scalar("SELECT count(*) FROM orders"), 12);
        QCOMPARE(scratch.scalar("SELECT count(*) FROM credit_notes"), 1);
    }
    // The mapping is remembered for this header layout.
    QSettings settings;
    settings.beginGroup(QStringLiteral("import/mappings"));
    QCOMPARE(settings.childKeys().size(), 1);
    QCOMPARE(settings.value(settings.childKeys().first()).toMap().value(QStringLiteral("customer")).toString(),
             QStringLiteral("customer"));
}

void TestImportWizard::cancelLeavesTheStoreUnchanged()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.csv"));
    GeneratorParams params;
    params.orders = 300000;
    params.format = GeneratorParams::Format::Lines;
    QVERIFY(writeGeneratedShop(big, params));
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok);
    const QString before = scratch.contentDigest();

    ImportWizard wizard(scratch.path(), QString(), {big});
    wizard.show();
    wizard.next();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("cancelImport"));
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 60000);
    const auto *report = wizard.findChild<QPlainTextEdit *>(QStringLiteral("importReport"));
    QVERIFY2(report->toPlainText().contains(QLatin1String("cancelled")), qPrintable(report->toPlainText()));
    QCOMPARE(scratch.contentDigest(), before);
}

// Every error the app can show names its own controls and fields: never a command-line flag
// such as --map or a field's command-line name such as unit_price.
void TestImportWizard::messagesNameTheAppsControls()
{
    for (int code = 0; code <= int(ErrorCode::OutputWriteFailed); ++code) {
        for (const Field field : {Field::Order, Field::UnitPrice, Field::Email}) {
            Error error{ErrorCode(code)};
            error.field = int(field);
            error.format = int(ImportFormat::Shopify);
            error.names = {QStringLiteral("Total")};
            error.value = QStringLiteral("USD");
            const QString message = appMessage(error);
            QVERIFY2(!message.contains(QLatin1String("--")), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("unit_price")), qPrintable(message));
        }
    }
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
