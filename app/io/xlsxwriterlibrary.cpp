#include "io/xlsxwriterlibrary.h"

#ifdef PK_HAVE_XLSXWRITER
#include <QCoreApplication>
#include <QLibrary>
#include <QMutex>

const XlsxWriterLibrary *XlsxWriterLibrary::get(QString *error)
{
    static QMutex mutex;
    static XlsxWriterLibrary table;
    static bool loaded = false;
    static QString problem;
    QMutexLocker lock(&mutex);
    if (!loaded && problem.isEmpty()) {
#ifdef PK_XLSXWRITER_DEEPBIND
        static QLibrary library(QStringLiteral("xlsxwriter"), PK_XLSXWRITER_SOVERSION);
        library.setLoadHints(QLibrary::DeepBindHint);
        if (!library.load()) {
            problem = QCoreApplication::translate("XlsxExporter", "The XLSX writer library (libxlsxwriter) cannot be loaded: %1")
                          .arg(library.errorString());
        } else {
            bool complete = true;
#define PK_XLSX_RESOLVE(name)                                                    \
    table.name = reinterpret_cast<decltype(table.name)>(library.resolve(#name)); \
    complete = complete && table.name;
            PK_XLSX_FUNCTIONS(PK_XLSX_RESOLVE)
#undef PK_XLSX_RESOLVE
            if (!complete)
                problem = QCoreApplication::translate("XlsxExporter", "The XLSX writer library (libxlsxwriter) is too old for this application.");
            loaded = complete;
        }
#else
#define PK_XLSX_LINK(name) table.name = &::name;
        PK_XLSX_FUNCTIONS(PK_XLSX_LINK)
#undef PK_XLSX_LINK
        loaded = true;
#endif
    }
    if (!loaded && error)
        *error = problem;
    return loaded ? &table : nullptr;
}
#endif
