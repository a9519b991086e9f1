#ifndef GRADBOOK_CREADLINE_SHIM_H
#define GRADBOOK_CREADLINE_SHIM_H

// GNU readline and the terminal, for gradbook's REPL.
//
// A system library target has no C file, so the helpers are `static` functions in this header,
// and Swift emits a private copy of each into every LLVM module that uses one: every object
// file in a debug build, and every per-file partition of a release (whole-module, multi-thread)
// build, where Swift inlines the wrappers across files. A `static` variable would be copied
// the same way, so that the SIGINT handler set one interrupt flag and the session polled
// another (seen in a release build: Ctrl-C was ignored). The state is therefore declared weak
// and hidden: each copy is a weak definition and the linker keeps exactly one.
//
// Ctrl-C never longjmps: the SIGINT handler only sets a flag. At the prompt, readline's
// alternate (callback) interface lets select() return EINTR and the line be abandoned cleanly
// (as CPython's readline module does); during an evaluation the session polls the flag.

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

/// What gb_readline returns.
#define GB_LINE 0
#define GB_END_OF_FILE 1
#define GB_INTERRUPTED 2

/// One definition in the linked program, however many object files define it.
#define GB_SHARED __attribute__((weak, visibility("hidden")))

GB_SHARED volatile sig_atomic_t gb_interrupt_flag = 0;
GB_SHARED volatile sig_atomic_t gb_resize_flag = 0;
GB_SHARED char *gb_completed_line = NULL;
GB_SHARED int gb_line_ready = 0;
GB_SHARED char **gb_words = NULL;
GB_SHARED int gb_word_count = 0;

/// Tab asks gradbook through this: `prefix` is the line up to the cursor, and the function
/// answers with gb_offer_completion before it returns.
typedef void (*gb_completer_function)(void *context, const char *prefix);

GB_SHARED gb_completer_function gb_completer = NULL;
GB_SHARED void *gb_completer_context = NULL;
// The last answer: how many bytes before the cursor the candidates replace, whether they are a
// file name for readline to complete, and whether a space follows a single candidate.
GB_SHARED int gb_word_length = 0;
GB_SHARED int gb_file_name = 0;
GB_SHARED int gb_ends_word = 1;
// The word-break hook already asked for this Tab.
GB_SHARED int gb_answered = 0;
// Bytes of the answer's word before readline's word, cut from each candidate.
GB_SHARED int gb_skipped = 0;
GB_SHARED char gb_word_breaks[2] = {0, 0};
// Whether the Up or Down in progress walks the history plainly (it began on an empty line)
// rather than by prefix, and the prefix search readline last ran for it (NULL: a new search).
GB_SHARED int gb_browsing = 0;
GB_SHARED rl_command_func_t *gb_last_search = NULL;

static void gb_on_sigint(int signal) {
    (void)signal;
    gb_interrupt_flag = 1;
}

static void gb_on_sigwinch(int signal) {
    (void)signal;
    gb_resize_flag = 1;
}

/// Installs the SIGINT handler. No SA_RESTART: select() and read() must fail with EINTR so
/// that a Ctrl-C while waiting for input is noticed at once. SIGINT is also unblocked: a parent
/// that spawns from a thread blocking every signal (Foundation's Process does) passes its mask on.
static inline int gb_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = gb_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    return sigprocmask(SIG_UNBLOCK, &interrupt, NULL);
}

/// Whether Ctrl-C was pressed since the last call; clears the flag.
static inline int gb_take_interrupt(void) {
    int pressed = gb_interrupt_flag;
    gb_interrupt_flag = 0;
    return pressed;
}

/// Asks gradbook what Tab completes at the cursor.
static void gb_ask_completer(void) {
    gb_word_length = 0;
    gb_file_name = 0;
    gb_ends_word = 1;
    gb_answered = 1;
    if (gb_completer == NULL || rl_line_buffer == NULL) return;
    char *prefix = strndup(rl_line_buffer, (size_t)rl_point);
    if (prefix == NULL) return;
    gb_completer(gb_completer_context, prefix);
    free(prefix);
    if (gb_word_length > rl_point || gb_word_length < 0) gb_word_length = rl_point;
}

/// Readline takes the word to complete back from the cursor to a break character; the break
/// set returned here makes it stop where gradbook's word starts: at the character before it,
/// or at the start of the line (an empty set).
static char *gb_word_break_hook(void) {
    gb_ask_completer();
    int start = rl_point - gb_word_length;
    gb_word_breaks[0] = start > 0 ? rl_line_buffer[start - 1] : '\0';
    return gb_word_breaks;
}

static char *gb_next_completion(const char *text, int state) {
    static int next = 0;
    static size_t length = 0;
    if (state == 0) {
        next = 0;
        length = strlen(text);
    }
    while (next < gb_word_count) {
        const char *word = gb_words[next++];
        if (strlen(word) < (size_t)gb_skipped) continue;
        if (strncmp(word + gb_skipped, text, length) == 0) return strdup(word + gb_skipped);
    }
    return NULL;
}

static char **gb_complete(const char *text, int start, int end) {
    // At the start of the line readline asks no word-break hook.
    if (!gb_answered) gb_ask_completer();
    gb_answered = 0;
    // NULL without rl_attempted_completion_over: readline completes a file name instead.
    if (gb_file_name) return NULL;
    // Otherwise only our words: an unknown word must not complete to a file in the directory.
    rl_attempted_completion_over = 1;
    if (!gb_ends_word) rl_completion_append_character = '\0';
    // Readline's word starts later than ours only when our word holds the character before it.
    gb_skipped = start - (end - gb_word_length);
    if (gb_skipped < 0) return NULL;
    return rl_completion_matches(text, gb_next_completion);
}

/// Makes Tab ask `completer` (with `context`); NULL stops asking.
static inline void gb_set_completer(gb_completer_function completer, void *context) {
    gb_completer = completer;
    gb_completer_context = context;
}

/// Replaces the words Tab completes (copied; the caller keeps its strings).
static inline void gb_set_completions(const char *const *words, int count) {
    for (int index = 0; index < gb_word_count; index++) free(gb_words[index]);
    free(gb_words);
    gb_words = NULL;
    gb_word_count = 0;
    if (count <= 0) return;
    gb_words = calloc((size_t)count, sizeof *gb_words);
    if (gb_words == NULL) return;
    for (int index = 0; index < count; index++) {
        gb_words[index] = strdup(words[index]);
        if (gb_words[index] == NULL) break;
        gb_word_count++;
    }
}

/// The completer's answer: the candidates (copied) replace the `word_length` bytes before the
/// cursor; with `file_name`, readline completes those bytes as a file name instead.
static inline void gb_offer_completion(int word_length, int file_name, int ends_word, const char *const *words, int count) {
    gb_word_length = word_length;
    gb_file_name = file_name;
    gb_ends_word = ends_word;
    gb_set_completions(words, count);
}

/// Up and Down: on an empty line they walk the history entry by entry, as readline's own
/// arrows do; with text before the cursor, they go to the previous or next entry that starts
/// with it (readline's history-search-backward and -forward). Pressed again, they go on the
/// way they began.
static int gb_history_move(int count, int key, rl_command_func_t *plain, rl_command_func_t *search);
static int gb_history_up(int count, int key);
static int gb_history_down(int count, int key);

static int gb_history_up(int count, int key) {
    return gb_history_move(count, key, rl_get_previous_history, rl_history_search_backward);
}

static int gb_history_down(int count, int key) {
    return gb_history_move(count, key, rl_get_next_history, rl_history_search_forward);
}

static int gb_history_move(int count, int key, rl_command_func_t *plain, rl_command_func_t *search) {
    int continuing = rl_last_func == gb_history_up || rl_last_func == gb_history_down;
    if (!continuing) {
        gb_browsing = rl_end == 0;
        gb_last_search = NULL;
    }
    if (gb_browsing) return plain(count, key);
    // Readline's search goes on from its last match only when it ran last itself.
    if (gb_last_search != NULL) rl_last_func = gb_last_search;
    gb_last_search = search;
    int status = search(count, key);
    if (status != 0 && search == rl_history_search_forward) {
        // Down past the newest match: back to the prefix as typed (the cursor stands at its
        // end), and the next Up searches afresh from the newest entry.
        rl_delete_text(rl_point, rl_end);
        rl_mark = rl_point;
        gb_last_search = NULL;
    }
    return status;
}

/// Configures readline once, before the first gb_readline. With `prompt_on_stderr`, prompts and
/// echo go to stderr so that `gradbook > file` keeps the file free of them.
static inline void gb_readline_setup(int prompt_on_stderr, int history_limit) {
    rl_readline_name = "gradbook";
    // Readline's own handlers would kill the process on Ctrl-C; ours only set flags.
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_attempted_completion_function = gb_complete;
    rl_completion_word_break_hook = gb_word_break_hook;
    // Before readline reads ~/.inputrc, which may bind the arrows otherwise.
    const char *arrows[][2] = {{"\\e[A", "\\e[B"}, {"\\eOA", "\\eOB"}};
    for (int index = 0; index < 2; index++) {
        rl_bind_keyseq(arrows[index][0], gb_history_up);
        rl_bind_keyseq(arrows[index][1], gb_history_down);
    }
    if (prompt_on_stderr) rl_outstream = stderr;
    stifle_history(history_limit);

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = gb_on_sigwinch;
    sigemptyset(&action.sa_mask);
    sigaction(SIGWINCH, &action, NULL);
    gb_install_interrupt_handler();
}

static void gb_on_line(char *line) {
    gb_completed_line = line;
    gb_line_ready = 1;
    rl_callback_handler_remove();
}

/// Abandons the line being edited after Ctrl-C, leaving the terminal as it was before.
static void gb_abandon_line(void) {
    // Show the whole line with ^C after it, as a shell does, before readline forgets it.
    rl_point = rl_end;
    rl_redisplay();
    fputs("^C", rl_outstream);
    fflush(rl_outstream);
    rl_free_line_state();
    rl_callback_sigcleanup();
    rl_cleanup_after_signal();
    rl_callback_handler_remove();
    fputs("\n", rl_outstream);
    fflush(rl_outstream);
}

/// Ends the prompt's line after Ctrl-D, so that the shell's prompt starts on a line of its own.
static void gb_end_line_at_eof(void) {
#if RL_READLINE_VERSION >= 0x0801
    // With bracketed paste on, rl_deprep_terminal has already written the newline.
    const char *paste = rl_variable_value("enable-bracketed-paste");
    if (paste != NULL && strcmp(paste, "on") == 0) return;
#endif
    fputs("\n", rl_outstream);
    fflush(rl_outstream);
}

/// Reads one line with `prompt`. Returns GB_LINE with `*line` set (free it), GB_END_OF_FILE
/// (Ctrl-D on an empty line, or input closed; the cursor is on a fresh line) or GB_INTERRUPTED
/// (Ctrl-C; the line is dropped and the cursor is on a fresh line).
static inline int gb_readline(const char *prompt, char **line) {
    *line = NULL;
    gb_interrupt_flag = 0;
    gb_line_ready = 0;
    gb_completed_line = NULL;
    gb_answered = 0;
    rl_callback_handler_install(prompt, gb_on_line);
    int input = fileno(rl_instream != NULL ? rl_instream : stdin);
    while (!gb_line_ready) {
        // Checked before select too: a Ctrl-C while readline handled the previous key.
        if (gb_interrupt_flag) {
            gb_interrupt_flag = 0;
            gb_abandon_line();
            return GB_INTERRUPTED;
        }
        if (gb_resize_flag) {
            gb_resize_flag = 0;
            rl_resize_terminal();
        }
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(input, &readable);
        int count = select(input + 1, &readable, NULL, NULL, NULL);
        if (count > 0) {
            rl_callback_read_char();
        } else if (count < 0 && errno != EINTR) {
            rl_callback_handler_remove();
            return GB_END_OF_FILE;
        }
    }
    if (gb_completed_line == NULL) {
        gb_end_line_at_eof();
        return GB_END_OF_FILE;
    }
    *line = gb_completed_line;
    return GB_LINE;
}

/// The width of the terminal on `fd`, or 0 when it is not a terminal.
static inline int gb_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
