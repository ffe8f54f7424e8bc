#include "ui/import/FilesPage.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace Patronage {

FilesPage::FilesPage(const QStringList &files, QWidget *parent)
    : QWizardPage(parent)
    , m_model(new QStringListModel(this))
    , m_view(new QListView(this))
{
    setTitle(tr("Which exports?"));
    setSubTitle(tr("Order exports from Shopify, WooCommerce, Magento, transaction lines or any CSV. "
                   "Add files, or drop them here. Importing a file again never counts an order twice."));
    setAcceptDrops(true);
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("importFiles"));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *add = new QPushButton(tr("Add Files…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    addFiles(files);
}

QStringList FilesPage::files() const
{
    return m_model->stringList();
}

void FilesPage::addFiles(const QStringList &files)
{
    QStringList list = m_model->stringList();
    for (const QString &file : files) {
        if (!list.contains(file))
            list.append(file);
    }
    m_model->setStringList(list);
    Q_EMIT completeChanged();
}

bool FilesPage::isComplete() const
{
    return m_model->rowCount() > 0;
}

void FilesPage::chooseFiles()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Add Order Exports"), QString(),
                                           tr("CSV exports (*.csv *.txt *.tsv);;All files (*)")));
}

void FilesPage::removeSelected()
{
    QModelIndexList selected = m_view->selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    for (const QModelIndex &index : selected)
        m_model->removeRow(index.row());
    Q_EMIT completeChanged();
}

void FilesPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    addFiles(files);
    event->acceptProposedAction();
}

} // namespace Patronage
