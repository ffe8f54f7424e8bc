#pragma once

#include <QWizardPage>

class QStringListModel;
class QListView;

namespace Patronage {

/// The files to import, added with a dialog or dropped on the page.
class FilesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FilesPage(const QStringList &files, QWidget *parent = nullptr);
    QStringList files() const;
    void addFiles(const QStringList &files);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void removeSelected();

    QStringListModel *m_model;
    QListView *m_view;
};

} // namespace Patronage
