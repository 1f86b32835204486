#pragma once
#include <QString>

#include <exception>
#include <string>

// A spreadsheet that cannot be read: the message is translated, names the file, and where the
// fault is in it (sheet, row, column, line), so the user can open the file and fix it.
class ImportError : public std::exception
{
public:
    explicit ImportError(QString message);
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.c_str(); }

private:
    QString m_message;
    std::string m_utf8;
};
