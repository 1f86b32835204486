#include "shell/guidedialog.h"

#include "shell/apptranslator.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

GuideDialog::GuideDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setOpenExternalLinks(false);   // the guide's links are its own sections
    QFile file(QStringLiteral(":/guide/guide_%1.html").arg(AppTranslator::currentLanguage()));
    if (file.open(QIODevice::ReadOnly))
        m_browser->setHtml(QString::fromUtf8(file.readAll()));
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(720, 560);
}

GuideDialog *GuideDialog::showAt(QWidget *parent, const QString &section)
{
    auto *dialog = parent ? parent->findChild<GuideDialog *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!dialog)
        dialog = new GuideDialog(parent);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    dialog->scrollTo(section);
    return dialog;
}

void GuideDialog::scrollTo(const QString &section)
{
    if (!section.isEmpty())
        m_browser->scrollToAnchor(section);
}
