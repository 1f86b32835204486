#pragma once
#include <QDialog>

class QTextBrowser;

// Help → Guide (F1): the task-oriented guide of resources/guide, in the app's language, opened at
// the section of the page the user is on. One window, kept open beside the work.
class GuideDialog : public QDialog
{
    Q_OBJECT
public:
    // Shows the guide (made once per parent) at `section`, an anchor of the guide
    // ("langkah-pertama", "impor", "koperasi", "dasbor", "workshop", "laporan", "server", "cadangan").
    static GuideDialog *showAt(QWidget *parent, const QString &section);

    QTextBrowser *browser() const { return m_browser; }
    void scrollTo(const QString &section);

private:
    explicit GuideDialog(QWidget *parent);
    QTextBrowser *m_browser = nullptr;
};
