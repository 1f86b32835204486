#include "reports/letterheaddialog.h"
#include "ui_letterheaddialog.h"

#include "storage/storageerror.h"

#include "widgets/filedialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

LetterheadDialog::LetterheadDialog(const Letterhead &l, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LetterheadDialog>())
{
    m_ui->setupUi(this);
    m_ui->government->setText(l.government);
    m_ui->office->setText(l.office);
    m_ui->address->setText(l.address);
    m_ui->logoPath->setText(l.logoPath);
    m_ui->place->setText(l.place);
    m_ui->signatoryTitle->setText(l.signatoryTitle);
    m_ui->signatoryName->setText(l.signatoryName);
    m_ui->signatoryNip->setText(l.signatoryNip);
    connect(m_ui->browseLogo, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->signatoryNip, &QLineEdit::textChanged, this, &LetterheadDialog::validate);
    connect(m_ui->logoPath, &QLineEdit::textChanged, this, &LetterheadDialog::validate);
    validate();
}

LetterheadDialog::~LetterheadDialog() = default;

Letterhead LetterheadDialog::letterhead() const
{
    Letterhead l;
    l.government = m_ui->government->text().trimmed();
    l.office = m_ui->office->text().trimmed();
    l.address = m_ui->address->text().trimmed();
    l.logoPath = m_ui->logoPath->text().trimmed();
    l.place = m_ui->place->text().trimmed();
    l.signatoryTitle = m_ui->signatoryTitle->text().trimmed();
    l.signatoryName = m_ui->signatoryName->text().trimmed();
    l.signatoryNip = m_ui->signatoryNip->text().trimmed();
    return l;
}

void LetterheadDialog::chooseLogo()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Logo of the letterhead"), QFileInfo(m_ui->logoPath->text()).absolutePath(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        m_ui->logoPath->setText(path);
}

bool LetterheadDialog::nipValid() const
{
    // A NIP is 18 digits, often written in groups ("19700101 199503 1 001").
    const QString nip = m_ui->signatoryNip->text();
    const QString digits = QString(nip).remove(QRegularExpression(QStringLiteral("[\\s.]")));
    return nip.trimmed().isEmpty() || QRegularExpression(QStringLiteral("^\\d{18}$")).match(digits).hasMatch();
}

void LetterheadDialog::validate()
{
    // A wrong NIP would be printed under the signature of every report: refused where it is
    // typed (red field, the reason, OK disabled). An unreadable logo only warns.
    QStringList problems;
    const bool nipOk = nipValid();
    const QString nipProblem = tr("A NIP has 18 digits (for example 19700101 199503 1 001); check it, or leave it empty.");
    if (!nipOk)
        problems << nipProblem;
    m_ui->signatoryNip->setStyleSheet(nipOk ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b71c1c; }"));
    m_ui->signatoryNip->setToolTip(nipOk ? QString() : nipProblem);
    if (QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(nipOk);
    if (QPushButton *save = m_ui->buttons->button(QDialogButtonBox::Save))
        save->setEnabled(nipOk);
    const QString logo = m_ui->logoPath->text().trimmed();
    if (!logo.isEmpty() && QImageReader(logo).size().isEmpty())
        problems << tr("The logo file cannot be read as an image; the report will be printed without it.");
    m_ui->problem->setText(problems.join(QLatin1Char('\n')));
    m_ui->problem->setVisible(!problems.isEmpty());
}

void LetterheadDialog::accept()
{
    validate();
    if (!nipValid()) {
        // Enter in a field reaches here even with OK disabled.
        m_ui->signatoryNip->setFocus();
        return;
    }
    QDialog::accept();
}

bool LetterheadDialog::edit(Connection db, QWidget *parent)
{
    try {
        const Letterhead before = Letterhead::load(db);
        LetterheadDialog dialog(before, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        const Letterhead after = dialog.letterhead();
        if (after == before)
            return false;
        after.save(db);
        return true;
    } catch (const StorageError &e) {
        QMessageBox::warning(parent, tr("Letterhead and signature"), e.message());
        return false;
    }
}
