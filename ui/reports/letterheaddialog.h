#pragma once
#include "report/letterhead.h"

#include <QDialog>
#include "storage/connection.h"
#include <memory>

namespace Ui {
class LetterheadDialog;
}

// Edits the kop surat and the signature block, stored in the database for the whole office.
class LetterheadDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns true when the user saved a change.
    static bool edit(Connection db, QWidget *parent);

    explicit LetterheadDialog(const Letterhead &letterhead, QWidget *parent = nullptr);
    ~LetterheadDialog() override;
    Letterhead letterhead() const;
    // False while the NIP is neither empty nor 18 digits: the dialog then refuses to save.
    bool nipValid() const;
    void accept() override;

private:
    void chooseLogo();
    void validate();

    std::unique_ptr<Ui::LetterheadDialog> m_ui;
};
