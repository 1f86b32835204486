#include "cooperativeeditdialog.h"
#include "ui_cooperativeeditdialog.h"

#include "cooperativevalidator.h"

#include <QCheckBox>
#include <QLocale>
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
    m_ui->phoneEdit->setText(c.phone);
    m_ui->memberCountSpin->setValue(c.memberCount);
    m_ui->chairNameEdit->setText(c.chairName);
    m_ui->chairPhoneEdit->setText(c.chairPhone);
    m_ui->secretaryNameEdit->setText(c.secretaryName);
    m_ui->secretaryPhoneEdit->setText(c.secretaryPhone);
    m_ui->treasurerNameEdit->setText(c.treasurerName);
    m_ui->treasurerPhoneEdit->setText(c.treasurerPhone);
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
    c.phone = m_ui->phoneEdit->text().trimmed();
    c.memberCount = m_ui->memberCountSpin->value();
    c.chairName = m_ui->chairNameEdit->text().trimmed();
    c.chairPhone = m_ui->chairPhoneEdit->text().trimmed();
    c.secretaryName = m_ui->secretaryNameEdit->text().trimmed();
    c.secretaryPhone = m_ui->secretaryPhoneEdit->text().trimmed();
    c.treasurerName = m_ui->treasurerNameEdit->text().trimmed();
    c.treasurerPhone = m_ui->treasurerPhoneEdit->text().trimmed();
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

void CooperativeEditDialog::clearProblems()
{
    for (QLabel *label : qAsConst(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    for (const QString &field : m_problemLabels.keys())
        if (QWidget *w = widgetFor(field))
            w->setStyleSheet(QString());
    m_ui->problemsLabel->hide();
}

bool CooperativeEditDialog::validate()
{
    clearProblems();
    const QVector<ValidationProblem> problems = CooperativeValidator(m_today).validate(cooperative());
    QWidget *first = nullptr;
    QStringList unplaced;
    for (const ValidationProblem &p : problems) {
        QWidget *w = widgetFor(p.field);
        auto *form = w ? qobject_cast<QFormLayout *>(w->parentWidget()->layout()) : nullptr;
        if (!form) {
            unplaced << p.message;
            continue;
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
        w->setStyleSheet(QStringLiteral("border: 1px solid #b71c1c;"));
        if (!first)
            first = w;
    }
    if (!unplaced.isEmpty()) {
        m_ui->problemsLabel->setText(unplaced.join(QLatin1Char('\n')));
        m_ui->problemsLabel->show();
    }
    if (first)
        first->setFocus();
    return problems.isEmpty();
}

QString CooperativeEditDialog::problemFor(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void CooperativeEditDialog::accept()
{
    if (validate())
        QDialog::accept();
}
