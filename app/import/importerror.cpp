#include "import/importerror.h"

ImportError::ImportError(QString message)
    : m_message(std::move(message)), m_utf8(m_message.toStdString())
{
}
