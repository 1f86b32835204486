#pragma once
#include <QString>
#include <memory>

class QFile;
class QTemporaryFile;

// Every file the app writes (PDF, XLSX, CSV, PNG, SVG, name cards, a demo database) goes through
// this: the content is written to a temporary file in the target's folder, checked (not empty;
// a PDF must read back as one, from "%PDF-" to "%%EOF", since QPdfWriter and QPrinter never
// report a full disk), synced, and only then renamed over the target. A failure says so in a
// plain sentence and leaves an earlier file of that name as it was; a kill midway leaves at most
// a hidden ".….part" file beside it.
//
// The target is refused when it is a database this process has open (any spelling of its path,
// see Database::isOpenDatabaseFile()) or any other SQLite file: an export must never destroy
// the records. Only a Database output (the demo) may replace an SQLite file.
class OutputFile
{
public:
    enum class Kind { Any,
                      Pdf,
                      Database };

    explicit OutputFile(const QString &target, Kind kind = Kind::Any);
    ~OutputFile();   // removes the temporary file unless commit() succeeded
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    // Checks the target and creates the temporary file; false with error() set.
    bool begin();
    // The temporary file, open for writing, for writers that take a device (CSV, PNG, SVG).
    QFile *device();
    // Its path, for writers that take a file name (QPrinter, libxlsxwriter); closes device().
    QString tempPath();
    // Checks what was written and renames it over the target; false with error() set (the
    // temporary file is removed, the target untouched).
    bool commit();
    // Gives up: removes the temporary file.
    void cancel();

    QString target() const { return m_target; }
    // The plain sentence for a write that failed (a full disk named as such).
    QString writeFailure() const;
    QString error() const { return m_error; }

    // Why `target` may not be written (a plain sentence), empty when it may. Never opens a file
    // that this process has open as a database.
    static QString refusal(const QString &target, Kind kind = Kind::Any);
    // Whether the file starts with SQLite's header ("SQLite format 3\0").
    static bool isSqliteFile(const QString &path);

private:
    bool fail(const QString &message);

    QString m_target;
    Kind m_kind;
    std::unique_ptr<QTemporaryFile> m_temp;
    QString m_tempPath;
    QString m_error;
    bool m_committed = false;
};
