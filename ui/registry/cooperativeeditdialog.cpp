#include "registry/cooperativeeditdialog.h"
#include "ui_cooperativeeditdialog.h"

#include "core/cooperativevalidator.h"
#include "core/indonesianformat.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {
// QDateEdit cannot be empty: its minimum date stands for "no date" and shows as "—".
const QDate kNoDate(2000, 1, 1);
}

CooperativeEditDialog::CooperativeEditDialog(const Cooperative &c, QWidget *parent, const QDate &today)
    : QDialog(parent), m_ui(std::make_unique<Ui::CooperativeEditDialog>()), m_original(c), m_today(today)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Edit %1").arg(c.name));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    m_ui->villageCodeEdit->setText(c.villageCode);
    m_ui->villageEdit->setText(tr("%1, Kecamatan %2").arg(c.villageName, c.districtName));
    m_ui->villageEdit->setCursorPosition(0);
    m_ui->kindEdit->setText(c.kind == QLatin1String("KKMP") ? tr("KKMP (Koperasi Kelurahan Merah Putih)")
                                                            : tr("KDMP (Koperasi Desa Merah Putih)"));
    m_ui->nameEdit->setText(c.name);
    m_ui->legalNumberEdit->setText(c.legalNumber);
    m_ui->legalDateEdit->setLocale(QLocale(QLocale::Indonesian));
    m_ui->legalDateEdit->setMinimumDate(kNoDate);
    m_ui->legalDateEdit->setSpecialValueText(QStringLiteral("—"));
    m_ui->legalDateEdit->setDate(c.legalDate.isValid() ? c.legalDate : kNoDate);
    m_ui->nikKoperasiEdit->setText(c.nikKoperasi);
    m_ui->npwpEdit->setText(c.npwp);
    m_ui->nibEdit->setText(c.nib);
    m_ui->phoneEdit->setText(IndonesianFormat::phone(c.phone));
    m_ui->memberCountSpin->setValue(c.memberCount);
    m_ui->chairNameEdit->setText(c.chairName);
    m_ui->chairPhoneEdit->setText(IndonesianFormat::phone(c.chairPhone));
    m_ui->secretaryNameEdit->setText(c.secretaryName);
    m_ui->secretaryPhoneEdit->setText(IndonesianFormat::phone(c.secretaryPhone));
    m_ui->treasurerNameEdit->setText(c.treasurerName);
    m_ui->treasurerPhoneEdit->setText(IndonesianFormat::phone(c.treasurerPhone));
    m_ui->supervisorNameEdit->setText(c.supervisorName);
    m_ui->notesEdit->setPlainText(c.notes);

    const QStringList chosen = c.businessUnits.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList keys = BusinessUnit::keys();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(BusinessUnit::label(keys.at(i)), m_ui->businessUnitsBox);
        box->setChecked(chosen.contains(keys.at(i)));
        m_ui->businessUnitsLayout->addWidget(box, i / 2, i % 2);
        m_units.insert(keys.at(i), box);
    }
    m_ui->problemsLabel->hide();

    // Save (and Enter, through the default button) validates and writes; Cancel asks first
    // when something was changed.
    QPushButton *save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &CooperativeEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &CooperativeEditDialog::reject);
    // Each checked field is validated as the user leaves it, not only on Save.
    const QStringList checked{QStringLiteral("name"), QStringLiteral("legalNumber"), QStringLiteral("legalDate"),
                              QStringLiteral("nikKoperasi"), QStringLiteral("npwp"), QStringLiteral("nib"),
                              QStringLiteral("phone"), QStringLiteral("memberCount"), QStringLiteral("chairPhone"),
                              QStringLiteral("secretaryPhone"), QStringLiteral("treasurerPhone")};
    for (const QString &field : checked)
        if (QWidget *w = widgetFor(field))
            w->installEventFilter(this);
    m_ui->nameEdit->setFocus();
}

CooperativeEditDialog::~CooperativeEditDialog() = default;

Cooperative CooperativeEditDialog::cooperative() const
{
    Cooperative c = m_original;
    c.name = m_ui->nameEdit->text().trimmed();
    c.legalNumber = m_ui->legalNumberEdit->text().trimmed();
    c.legalDate = m_ui->legalDateEdit->date() == kNoDate ? QDate() : m_ui->legalDateEdit->date();
    c.nikKoperasi = m_ui->nikKoperasiEdit->text().trimmed();
    c.npwp = m_ui->npwpEdit->text().trimmed();
    c.nib = m_ui->nibEdit->text().trimmed();
    c.phone = CooperativeValidator::storedPhone(m_ui->phoneEdit->text());
    c.memberCount = m_ui->memberCountSpin->value();
    c.chairName = m_ui->chairNameEdit->text().trimmed();
    c.chairPhone = CooperativeValidator::storedPhone(m_ui->chairPhoneEdit->text());
    c.secretaryName = m_ui->secretaryNameEdit->text().trimmed();
    c.secretaryPhone = CooperativeValidator::storedPhone(m_ui->secretaryPhoneEdit->text());
    c.treasurerName = m_ui->treasurerNameEdit->text().trimmed();
    c.treasurerPhone = CooperativeValidator::storedPhone(m_ui->treasurerPhoneEdit->text());
    c.supervisorName = m_ui->supervisorNameEdit->text().trimmed();
    c.notes = m_ui->notesEdit->toPlainText().trimmed();
    QStringList units;
    for (const QString &key : BusinessUnit::keys())
        if (m_units.value(key)->isChecked())
            units << key;
    c.businessUnits = units.join(QLatin1Char(','));
    return c;
}

QWidget *CooperativeEditDialog::widgetFor(const QString &field) const
{
    const QHash<QString, QWidget *> widgets{
        {QStringLiteral("name"), m_ui->nameEdit},
        {QStringLiteral("legalNumber"), m_ui->legalNumberEdit},
        {QStringLiteral("legalDate"), m_ui->legalDateEdit},
        {QStringLiteral("nikKoperasi"), m_ui->nikKoperasiEdit},
        {QStringLiteral("npwp"), m_ui->npwpEdit},
        {QStringLiteral("nib"), m_ui->nibEdit},
        {QStringLiteral("phone"), m_ui->phoneEdit},
        {QStringLiteral("memberCount"), m_ui->memberCountSpin},
        {QStringLiteral("chairPhone"), m_ui->chairPhoneEdit},
        {QStringLiteral("secretaryPhone"), m_ui->secretaryPhoneEdit},
        {QStringLiteral("treasurerPhone"), m_ui->treasurerPhoneEdit},
    };
    return widgets.value(field);
}

QString CooperativeEditDialog::fieldOf(const QObject *widget) const
{
    static const QStringList fields{QStringLiteral("name"), QStringLiteral("legalNumber"), QStringLiteral("legalDate"),
                                    QStringLiteral("nikKoperasi"), QStringLiteral("npwp"), QStringLiteral("nib"),
                                    QStringLiteral("phone"), QStringLiteral("memberCount"), QStringLiteral("chairPhone"),
                                    QStringLiteral("secretaryPhone"), QStringLiteral("treasurerPhone")};
    for (const QString &field : fields)
        if (widgetFor(field) == widget)
            return field;
    return QString();
}

void CooperativeEditDialog::clearProblem(const QString &field)
{
    if (QLabel *label = m_problemLabels.value(field)) {
        label->clear();
        label->hide();
    }
    if (QWidget *w = widgetFor(field)) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
}

void CooperativeEditDialog::clearProblems()
{
    for (const QString &field : m_problemLabels.keys())
        clearProblem(field);
    m_ui->problemsLabel->hide();
}

void CooperativeEditDialog::showProblem(const ValidationProblem &p)
{
    QWidget *w = widgetFor(p.field);
    auto *form = w ? qobject_cast<QFormLayout *>(w->parentWidget()->layout()) : nullptr;
    if (!form) {
        const QString shown = m_ui->problemsLabel->isVisibleTo(this) ? m_ui->problemsLabel->text() : QString();
        m_ui->problemsLabel->setText(shown.isEmpty() ? p.message : shown + QLatin1Char('\n') + p.message);
        m_ui->problemsLabel->show();
        return;
    }
    QLabel *label = m_problemLabels.value(p.field);
    if (!label) {
        // A message row right under the field it is about.
        label = new QLabel(w->parentWidget());
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(w, &row, &role);
        form->insertRow(row + 1, QString(), label);
        m_problemLabels.insert(p.field, label);
    }
    label->setText(label->text().isEmpty() ? p.message : label->text() + QLatin1Char('\n') + p.message);
    label->show();
    // The selector keeps the red border on the field itself, not on its child widgets.
    w->setStyleSheet(QStringLiteral("%1 { border: 1px solid #b71c1c; }").arg(QString::fromLatin1(w->metaObject()->className())));
    w->setToolTip(label->text());
}

void CooperativeEditDialog::validateField(const QString &field)
{
    clearProblem(field);
    const QVector<ValidationProblem> problems = CooperativeValidator(m_today).validate(cooperative());
    for (const ValidationProblem &p : problems)
        if (p.field == field)
            showProblem(p);
}

bool CooperativeEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString field = fieldOf(watched);
        if (!field.isEmpty())
            validateField(field);
    }
    return QDialog::eventFilter(watched, event);
}

bool CooperativeEditDialog::validate()
{
    clearProblems();
    const QVector<ValidationProblem> problems = CooperativeValidator(m_today).validate(cooperative());
    QWidget *first = nullptr;
    for (const ValidationProblem &p : problems) {
        showProblem(p);
        if (!first)
            first = widgetFor(p.field);
    }
    if (first)
        first->setFocus();
    return problems.isEmpty();
}

bool CooperativeEditDialog::isModified() const
{
    return !m_original.sameEditableFields(cooperative());
}

QString CooperativeEditDialog::problemFor(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void CooperativeEditDialog::accept()
{
    if (!validate())
        return;
    if (m_saver) {
        const QString error = m_saver(cooperative());
        if (!error.isEmpty()) {
            // The edits stay in the form so the user can try again or copy them.
            QMessageBox::warning(this, tr("Not saved"),
                                 tr("The changes to %1 were not saved: %2\n\nThe form stays open with your changes; "
                                    "try again, or press Cancel to leave it.")
                                     .arg(cooperative().name, error));
            return;
        }
    }
    QDialog::accept();
}

void CooperativeEditDialog::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Save changes?"),
                    tr("You changed %1. Save the changes?").arg(m_original.name), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("saveChangesQuestion"));
    QPushButton *save = ask.addButton(tr("Save"), QMessageBox::AcceptRole);
    QPushButton *discard = ask.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton *cancel = ask.addButton(tr("Cancel"), QMessageBox::RejectRole);
    save->setObjectName(QStringLiteral("saveButton"));
    discard->setObjectName(QStringLiteral("discardButton"));
    cancel->setObjectName(QStringLiteral("cancelButton"));
    ask.setDefaultButton(save);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() == save)
        accept();
    else if (ask.clickedButton() == discard)
        QDialog::reject();
    // Cancel: back to the form, edits kept.
}
