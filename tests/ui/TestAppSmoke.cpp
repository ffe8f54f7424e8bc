#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include "../core/TestSupport.h"

using namespace Patronage::Testing;

// The real program starts, opens a store and draws its pages.
class TestAppSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAndDrawsEveryPage();
    void saysSoWithoutADisplay();
};

void TestAppSmoke::startsAndDrawsEveryPage()
{
    ScratchStore scratch;
    QVERIFY(scratch.import(testData(QStringLiteral("formats/lines_small.csv"))).ok);
    QTemporaryDir dir;
    QProcess app;
    app.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    app.start(QStringLiteral(PATRONAGE_APP), {QStringLiteral("--screenshots"), dir.path(), scratch.path()});
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 0);
    for (const char *page : {"dashboard", "compare", "customers", "imports"})
        QVERIFY2(QFileInfo(dir.filePath(QString::fromLatin1(page) + QStringLiteral(".png"))).size() > 1000, page);
}

void TestAppSmoke::saysSoWithoutADisplay()
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        environment.remove(QString::fromLatin1(name));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(PATRONAGE_APP), {});
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitCode(), 1);
    QVERIFY(app.readAllStandardError().contains("no display found"));
}

QTEST_GUILESS_MAIN(TestAppSmoke)
#include "TestAppSmoke.moc"
