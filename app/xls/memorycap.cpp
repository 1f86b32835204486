#include "xls/memorycap.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define PK_ADDRESS_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PK_ADDRESS_SANITIZER 1
#endif
#endif

namespace MemoryCap {

bool limitThisProcess(qint64 bytes)
{
#if defined(PK_ADDRESS_SANITIZER)
    Q_UNUSED(bytes)
    return false;
#elif defined(Q_OS_WIN)
    // A job of its own with a limit on the memory the process commits; the job dies with the
    // process (the last handle closes with it).
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return false;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION info = {};
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY;
    info.ProcessMemoryLimit = SIZE_T(bytes);
    return SetInformationJobObject(job, JobObjectExtendedLimitInformation, &info, sizeof info)
        && AssignProcessToJobObject(job, GetCurrentProcess());
#elif defined(Q_OS_UNIX)
    // The address space, which is what an allocation asks for (touched or not).
    struct rlimit limit;
    if (getrlimit(RLIMIT_AS, &limit) != 0)
        return false;
    const rlim_t wanted = rlim_t(bytes);
    if (limit.rlim_max != RLIM_INFINITY && limit.rlim_max < wanted)
        return true;   // already lower than ours
    limit.rlim_cur = wanted;
    return setrlimit(RLIMIT_AS, &limit) == 0;
#else
    Q_UNUSED(bytes)
    return false;
#endif
}

}   // namespace MemoryCap
