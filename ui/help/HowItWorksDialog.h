#pragma once

#include <QDialog>

class QTextBrowser;

namespace Patronage {

class StoreSession;

/// Help › How Groups and Life Cycles Work: the rules of spec §3 and §4 in
/// plain words, with the open store's own cut-offs at its latest month.
/// Follows the store: another store, or new figures, rewrite it.
class HowItWorksDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HowItWorksDialog(StoreSession *session, QWidget *parent = nullptr);

    /// The page as shown (HTML).
    QString html() const;

private:
    void update();

    StoreSession *m_session;
    QTextBrowser *m_text;
};

} // namespace Patronage
