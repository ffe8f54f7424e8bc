#include "ui/import/ImportWizard.h"

#include "ui/import/DetectionPage.h"
#include "ui/import/FilesPage.h"
#include "ui/import/ImportProgressPage.h"

namespace Patronage {

ImportWizard::ImportWizard(QString storePath, QString storeCurrency, QStringList files, QWidget *parent)
    : QWizard(parent)
    , m_storePath(std::move(storePath))
    , m_storeCurrency(std::move(storeCurrency))
    , m_files(new FilesPage(files, this))
    , m_detection(new DetectionPage(this))
    , m_progress(new ImportProgressPage(this))
{
    setWindowTitle(tr("Import Orders"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    addPage(m_files);
    addPage(m_detection);
    addPage(m_progress);
    connect(m_progress, &ImportProgressPage::imported, this, &ImportWizard::imported);
    resize(900, 640);
}

QStringList ImportWizard::files() const
{
    return m_files->files();
}

ImportOptions ImportWizard::options() const
{
    return m_detection->options();
}

bool ImportWizard::isImporting() const
{
    return m_progress->isRunning();
}

// Closing while an import runs cancels it; the wizard closes once it has stopped.
void ImportWizard::reject()
{
    if (m_progress->isRunning()) {
        m_progress->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace Patronage
