# Region reference data: the npm package idn-area-data, pinned with its integrity hash in
# data/region/package-lock.json. The CSV files never enter the repo.
if(PK_REGION_DATA_DIR)
  set(PK_REGION_CSV_DIR "${PK_REGION_DATA_DIR}")
else()
  pk_npm_fetch(region idn-area-data/data/villages.csv _region_modules)
  set(PK_REGION_CSV_DIR "${_region_modules}/idn-area-data/data")
endif()
foreach(_f provinces regencies districts villages)
  if(NOT EXISTS "${PK_REGION_CSV_DIR}/${_f}.csv")
    message(FATAL_ERROR "Region data file ${PK_REGION_CSV_DIR}/${_f}.csv is missing "
                        "(pass -DPK_REGION_DATA_DIR=<folder with villages.csv>, or install Node.js/npm)")
  endif()
endforeach()
message(STATUS "Region data: ${PK_REGION_CSV_DIR}")
