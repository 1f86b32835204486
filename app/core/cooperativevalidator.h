#pragma once
#include "core/cooperative.h"

#include <QDate>
#include <QString>
#include <QVector>

// Checks a cooperative before it is saved, with messages a Dinas staff member understands.
// Pure and GUI-free so the edit form, the importers and the tests share the same rules.
struct ValidationProblem
{
    QString field;     // "chairPhone", "legalNumber", ...
    QString message;   // translated, says what is wrong and what to do
};

class CooperativeValidator
{
public:
    explicit CooperativeValidator(const QDate &today = QDate::currentDate()) : m_today(today) {}

    QVector<ValidationProblem> validate(const Cooperative &c) const;

    // Indonesian phone numbers: 08xx / +628xx mobile or 0xx landline; spaces, dots and dashes allowed.
    static bool isValidPhone(const QString &phone);
    // Digits only, with a leading 0 ("+62 812-3456-789" -> "08123456789"); empty when invalid.
    static QString normalisePhone(const QString &phone);
    // What is stored for a typed phone: its normal form, or the text as typed when it is not a
    // phone number (the validator refuses that on a save; a stored one is never lost).
    static QString storedPhone(const QString &phone);
    // SK AHU number of the Kemenkumham approval, e.g. "AHU-0001234.AH.01.29.TAHUN 2025".
    static bool isValidLegalNumber(const QString &number);
    // Nomor Induk Koperasi: 16 digits (the same length as a KTP NIK, but a different number).
    static bool isValidNikKoperasi(const QString &nik);
    // A date reached/recorded must not be in the future; returns an empty string when fine.
    QString checkNotFuture(const QDate &date, const QString &what) const;

private:
    QDate m_today;
};
