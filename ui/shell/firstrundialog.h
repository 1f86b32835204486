#pragma once
#include <QDialog>
#include "storage/connection.h"

class QComboBox;
class QRadioButton;

// First run on an empty database: which regency does the office serve (default Kabupaten
// Simalungun, 12.08), or a whole province. Creates its kecamatan, villages and one cooperative
// per village.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns false when the user cancelled (nothing was written).
    static bool run(Connection db, QWidget *parent);

private:
    explicit FirstRunDialog(QWidget *parent);
    QString chosenAreaCode() const;
    void fillRegencies();

    QComboBox *m_province = nullptr;
    QComboBox *m_regency = nullptr;
    QRadioButton *m_wholeProvince = nullptr;
};
