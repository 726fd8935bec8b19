# cmake -DIN=FILE -DOUT=FILE.gz -P Gzip.cmake: FILE compressed the way Debian wants documentation
# (gzip -9, no name and no time stamp inside, so the same input gives the same bytes).
execute_process(COMMAND gzip -9 -n -c "${IN}" OUTPUT_FILE "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  file(REMOVE "${OUT}")
  message(FATAL_ERROR "gzip ${IN}: ${rc}")
endif()
