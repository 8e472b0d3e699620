# Generates seams.1 from the CLI's own help text, so the man page never drifts from the
# program. Run as: cmake -DSEAMS=<binary> -DVERSION=<x.y.z> -DOUTPUT=<seams.1> -P manpage.cmake

function(seams_help out)
    execute_process(
        COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C LANGUAGE= QT_QPA_PLATFORM=offscreen ${SEAMS} help ${ARGN}
        OUTPUT_VARIABLE text
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "seams help ${ARGN} failed (${result})")
    endif()
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# roff: escape backslashes, and lines starting with a dot or an apostrophe.
function(roff_escape out text)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

seams_help(overview)
string(REGEX MATCHALL "\n  [a-z]+ " verb_lines "${overview}")
set(verbs)
foreach(line IN LISTS verb_lines)
    string(STRIP "${line}" verb)
    if(NOT verb STREQUAL "help")
        list(APPEND verbs ${verb})
    endif()
endforeach()

roff_escape(overview_roff "${overview}")
set(page ".TH SEAMS 1 \"\" \"seams ${VERSION}\" \"User Commands\"
.SH NAME
seams \\- event-storming boards and monolith-to-microservices migration planning
.SH SYNOPSIS
.B seams
.RI [ FILE ]
.br
.B seams
.I VERB
.RI [ OPTIONS ]
.SH DESCRIPTION
Without a verb, \\fBseams\\fR opens \\fIFILE\\fR (a \\fI.seams\\fR board) in the window.
With a verb it works on boards without a display: every export and check is available
headless, and the output is deterministic.
.PP
.nf
${overview_roff}.fi
")
foreach(verb IN LISTS verbs)
    seams_help(verb_help ${verb})
    roff_escape(verb_roff "${verb_help}")
    string(APPEND page ".SH \"SEAMS ${verb}\"
.nf
${verb_roff}.fi
")
endforeach()
string(APPEND page ".SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
\\fBcheck\\fR found errors, or an export refused because of them.
.TP
.B 2
Usage error: unknown verb or option, missing argument.
.TP
.B 3
A file could not be read or written, or is not a valid board.
.SH FILES
.TP
.I *.seams
A board: an SQLite database (application id \"SEAM\") written after every edit.
.SH SEE ALSO
.BR sqlite3 (1),
.BR dot (1)
")
file(WRITE "${OUTPUT}" "${page}")
