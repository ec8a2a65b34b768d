/*
 * parser::classify -- table-driven tests of parser_classify() on single real
 * lines (each taken verbatim from ../shared/corpus, its probes or legacy
 * transcripts, or testdata/; the source is named in a comment), then
 * parser_feed()-level behaviour (multi-line messages, explanation context,
 * old-style chains, truncation, CRLF through the line reader).
 *
 * Every case checks every field: a NULL string means "must be empty", a
 * NULL file means "no position".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "feed/feed.h"
#include "parser/parser.h"

/* Later designated initialisers override the defaults set by CASE(). */
#pragma GCC diagnostic ignored "-Woverride-init"

struct ccase {
	const char *name;
	const char *line;
	enum line_class cls;
	enum msg_kind kind;
	const char *file; /* NULL: no position */
	long lno, col;
	const char *func, *subject, *dest, *src, *ops, *reason, *variant, *body;
	const char *at_file; /* NULL: no "at" position */
	long at_line, at_col;
	long level, derefs, cost, budget;
	int flag;
	int addr, assign;
	long width;
};

#define CASE(...)                                                              \
	{ .level = -1, .derefs = -1, .cost = -1, .budget = -1, .addr = -1,     \
	  .assign = -1, .width = -1, __VA_ARGS__ }

#define LIT_BAD "\"bad: x escapes to heap (assign) at ./main.go:1:2\""
#define LIT_TRUNC "\"0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuv..."
#define SHAPE_OS "go.shape.struct { os.mu sync.Mutex; os.buf *[]uint8; os.nbuf int; os.bufp int }"
#define SHAPE_POOL "go.shape.struct { sync.poolDequeue; sync.next sync/atomic.Pointer[sync.poolChainElt]; sync.prev sync/atomic.Pointer[sync.poolChainElt] }"
#define SHAPE_X509 "go.shape.struct { Cert *crypto/x509.Certificate; crypto/x509.hintErr error; crypto/x509.hintCert *crypto/x509.Certificate }"

static const struct ccase cases[] = {
	/* ---- literals that contain template words (go-m-formats 11.3) ---- */
	/* probes/out/p10-go1.19-m2.txt */
	CASE(.name = "literal_escapes_assign_at_verdict",
	     .line = "./main.go:11:9: " LIT_BAD " escapes to heap",
	     .cls = LC_ESCAPE_VERDICT, .kind = MK_ESCAPES,
	     .file = "./main.go", .lno = 11, .col = 9, .subject = LIT_BAD),
	CASE(.name = "literal_escapes_assign_at_header",
	     .line = "./main.go:11:9: " LIT_BAD " escapes to heap:",
	     .cls = LC_ESCAPE_EXPLANATION, .kind = MK_ESCAPES_HEADER,
	     .file = "./main.go", .lno = 11, .col = 9, .subject = LIT_BAD),
	CASE(.name = "literal_escapes_assign_at_flow",
	     .line = "./main.go:11:9:   flow: {heap} = &{storage for " LIT_BAD "}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "./main.go", .lno = 11, .col = 9,
	     .dest = "{heap}", .ops = "&", .src = "{storage for " LIT_BAD "}", .derefs = -1),
	CASE(.name = "literal_escapes_assign_at_step",
	     .line = "./main.go:11:9:     from sink = " LIT_BAD " (assign) at ./main.go:11:7",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 11, .col = 9,
	     .subject = "sink = " LIT_BAD, .reason = "assign",
	     .at_file = "./main.go", .at_line = 11, .at_col = 7),
	CASE(.name = "literal_escapes_assign_at_spill_step",
	     .line = "./main.go:11:9:     from " LIT_BAD " (spill) at ./main.go:11:9",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 11, .col = 9,
	     .subject = LIT_BAD, .reason = "spill",
	     .at_file = "./main.go", .at_line = 11, .at_col = 9),
	/* probes/out/p10-go1.27-m2.txt */
	CASE(.name = "literal_looks_like_position",
	     .line = "./main.go:35:63: \"x.go:3:4\" escapes to heap",
	     .cls = LC_ESCAPE_VERDICT, .kind = MK_ESCAPES,
	     .file = "./main.go", .lno = 35, .col = 63, .subject = "\"x.go:3:4\""),
	CASE(.name = "truncated_literal_header_in_func",
	     .line = "./main.go:15:14: " LIT_TRUNC " escapes to heap in main:",
	     .cls = LC_ESCAPE_EXPLANATION, .kind = MK_ESCAPES_HEADER,
	     .file = "./main.go", .lno = 15, .col = 14, .subject = LIT_TRUNC, .func = "main"),
	CASE(.name = "truncated_literal_flow",
	     .line = "./main.go:15:14:   flow: {storage for ... argument} \xe2\x86\x90 &{storage for "
		     LIT_TRUNC "}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "./main.go", .lno = 15, .col = 14,
	     .dest = "{storage for ... argument}", .ops = "&",
	     .src = "{storage for " LIT_TRUNC "}", .derefs = -1),
	CASE(.name = "truncated_literal_step",
	     .line = "./main.go:15:14:     from " LIT_TRUNC " (spill) at ./main.go:15:14",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 15, .col = 14,
	     .subject = LIT_TRUNC, .reason = "spill",
	     .at_file = "./main.go", .at_line = 15, .at_col = 14),
	/* ---- two arrows in one flow line (11.4) ---- */
	/* probes/out/p10-go1.27-m2.txt: the literal holds a second arrow */
	CASE(.name = "flow_two_arrows_unicode",
	     .line = "./main.go:20:14:   flow: {storage for ... argument} \xe2\x86\x90 &{storage for "
		     "\"na\xc3\xafve \xe2\x86\x90 arrow \\t tab \\x00 nul\"}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "./main.go", .lno = 20, .col = 14,
	     .dest = "{storage for ... argument}", .ops = "&",
	     .src = "{storage for \"na\xc3\xafve \xe2\x86\x90 arrow \\t tab \\x00 nul\"}",
	     .derefs = -1),
	/* probes/out/p10-go1.22-m2.txt */
	CASE(.name = "flow_two_arrows_equals",
	     .line = "./main.go:17:14:   flow: {storage for ... argument} = &{storage for "
		     "\"line one\\n\\tline two: flow: a = b\"}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "./main.go", .lno = 17, .col = 14,
	     .dest = "{storage for ... argument}", .ops = "&",
	     .src = "{storage for \"line one\\n\\tline two: flow: a = b\"}", .derefs = -1),
	/* testdata/go1.19/escprobe-m2.log */
	CASE(.name = "flow_deref",
	     .line = "store/store.go:25:7:   flow: {temp} = *s:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "store/store.go", .lno = 25, .col = 7,
	     .dest = "{temp}", .ops = "*", .src = "s", .derefs = 1),
	CASE(.name = "flow_plain",
	     .line = "store/store.go:25:7:   flow: {heap} = {temp}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "store/store.go", .lno = 25, .col = 7,
	     .dest = "{heap}", .src = "{temp}", .derefs = 0),
	/* probes/out (go1.19): inliner result temporary */
	CASE(.name = "flow_inliner_result_temp",
	     .line = "./main.go:33:20:   flow: ~R0 = &{storage for &errors.errorString{...}}:",
	     .cls = LC_FLOW, .kind = MK_FLOW, .file = "./main.go", .lno = 33, .col = 20,
	     .dest = "~R0", .ops = "&", .src = "{storage for &errors.errorString{...}}",
	     .derefs = -1),
	/* ---- from lines with ' = ', ', ', '(...)', ' at ' (11.5) ---- */
	/* probes/out/p10-go1.15-m2.txt */
	CASE(.name = "step_expr_with_commas_and_equals",
	     .line = "./main.go:55:14:     from ~arg0, ~arg1, ~arg2 = <N> (assign-pair) at ./main.go:55:13",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 55, .col = 14,
	     .subject = "~arg0, ~arg1, ~arg2 = <N>", .reason = "assign-pair",
	     .at_file = "./main.go", .at_line = 55, .at_col = 13),
	/* probes/out/p10-go1.27-m2.txt */
	CASE(.name = "step_literal_with_reason_and_at",
	     .line = "./main.go:35:63:     from fmt.Sprintf(\"from %d (reason) at %s: flow: a = b\", "
		     "... argument...) (call parameter) at ./main.go:35:20",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 35, .col = 63,
	     .subject = "fmt.Sprintf(\"from %d (reason) at %s: flow: a = b\", ... argument...)",
	     .reason = "call parameter", .at_file = "./main.go", .at_line = 35, .at_col = 20),
	/* ---- " for " inside {storage for ...} (11.9) ---- */
	/* probes/out/p4-go1.27-m2.txt */
	CASE(.name = "leak_header_for_inside_storage",
	     .line = "./main.go:90:18: parameter p leaks to {storage for p.Move} for methodValue with derefs=0:",
	     .cls = LC_PARAM_LEAK_EXPLANATION, .kind = MK_LEAK_HEADER,
	     .file = "./main.go", .lno = 90, .col = 18, .subject = "p",
	     .dest = "{storage for p.Move}", .func = "methodValue", .derefs = 0),
	/* probes/out/p4-go1.24-m2.txt */
	CASE(.name = "leak_header_storage_without_for",
	     .line = "./main.go:90:18: parameter p leaks to {storage for p.Move} with derefs=0:",
	     .cls = LC_PARAM_LEAK_EXPLANATION, .kind = MK_LEAK_HEADER,
	     .file = "./main.go", .lno = 90, .col = 18, .subject = "p",
	     .dest = "{storage for p.Move}", .derefs = 0),
	/* probes/out (go1.27) */
	CASE(.name = "leak_header_storage_for_func_literal",
	     .line = "./main.go:8:10: parameter n leaks to {storage for func literal} for Seq with derefs=0:",
	     .cls = LC_PARAM_LEAK_EXPLANATION, .kind = MK_LEAK_HEADER,
	     .file = "./main.go", .lno = 8, .col = 10, .subject = "n",
	     .dest = "{storage for func literal}", .func = "Seq", .derefs = 0),
	/* ---- function names with spaces (11.7) ---- */
	/* probes/out (go1.27) */
	CASE(.name = "can_inline_shape_struct_name",
	     .line = "/usr/lib/go-1.27/src/sync/atomic/type.go:67:6: can inline atomic.(*Pointer["
		     SHAPE_OS "]).CompareAndSwap",
	     .cls = LC_CAN_INLINE, .kind = MK_CAN_INLINE,
	     .file = "/usr/lib/go-1.27/src/sync/atomic/type.go", .lno = 67, .col = 6,
	     .subject = "atomic.(*Pointer[" SHAPE_OS "]).CompareAndSwap"),
	/* logs/std-med-mm-go1.27 */
	CASE(.name = "leak_header_for_shape_struct_func",
	     .line = "./sync/atomic/type.go:67:7: parameter atomic.x leaks to {heap} for (*Pointer["
		     SHAPE_POOL "]).CompareAndSwap with derefs=0:",
	     .cls = LC_PARAM_LEAK_EXPLANATION, .kind = MK_LEAK_HEADER,
	     .file = "./sync/atomic/type.go", .lno = 67, .col = 7, .subject = "atomic.x",
	     .dest = "{heap}", .func = "(*Pointer[" SHAPE_POOL "]).CompareAndSwap", .derefs = 0),
	CASE(.name = "escapes_header_in_shape_struct_func",
	     .line = "./errors/wrap.go:183:15: new(<node DYNAMICTYPE>) escapes to heap in asType["
		     SHAPE_X509 "]:",
	     .cls = LC_ESCAPE_EXPLANATION, .kind = MK_ESCAPES_HEADER,
	     .file = "./errors/wrap.go", .lno = 183, .col = 15,
	     .subject = "new(<node DYNAMICTYPE>)", .func = "asType[" SHAPE_X509 "]"),
	/* probes/out/p4-go1.27-m2.txt (11.6) */
	CASE(.name = "append_header_in_func",
	     .line = "./main.go:84:13: append(s, &Point{...}) escapes to heap in ptrSlice:",
	     .cls = LC_ESCAPE_EXPLANATION, .kind = MK_ESCAPES_HEADER,
	     .file = "./main.go", .lno = 84, .col = 13,
	     .subject = "append(s, &Point{...})", .func = "ptrSlice"),
	CASE(.name = "append_verdict",
	     .line = "./main.go:84:13: append escapes to heap",
	     .cls = LC_ESCAPE_VERDICT, .kind = MK_ESCAPES,
	     .file = "./main.go", .lno = 84, .col = 13, .subject = "append"),
	/* ---- odd positions (11.10, section 2) ---- */
	/* probes/out (go1.22+) */
	CASE(.name = "autogenerated_leak_header",
	     .line = "<autogenerated>:1: parameter ~p0 leaks to {heap} with derefs=0:",
	     .cls = LC_PARAM_LEAK_EXPLANATION, .kind = MK_LEAK_HEADER,
	     .file = "<autogenerated>", .lno = 1, .col = 0, .subject = "~p0",
	     .dest = "{heap}", .derefs = 0),
	CASE(.name = "autogenerated_inlining_call",
	     .line = "<autogenerated>:1: inlining call to Name.String",
	     .cls = LC_INLINING_CALL, .kind = MK_INLINING_CALL,
	     .file = "<autogenerated>", .lno = 1, .col = 0, .subject = "Name.String"),
	CASE(.name = "autogenerated_step_at",
	     .line = "<autogenerated>:1:     from ~p0.String() (call parameter) at <autogenerated>:1",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "<autogenerated>", .lno = 1, .col = 0,
	     .subject = "~p0.String()", .reason = "call parameter",
	     .at_file = "<autogenerated>", .at_line = 1, .at_col = 0),
	/* A real ICE line (Go 1.22, github.com/mattn/go-sqlite3 build report). */
	CASE(.name = "unknown_line_number_prefix",
	     .line = "<unknown line number>: internal compiler error: panic: runtime error: "
		     "invalid memory address or nil pointer dereference",
	     .cls = LC_COMPILER_ERROR, .kind = MK_ERROR,
	     .file = "", .lno = 0, .col = 0), /* a position without a place */
	/* logs/std-med-mm-go1.27 */
	CASE(.name = "unknown_line_number_at",
	     .line = "regexp/regexp.go:928:3:     from #state1 (captured by a closure) at <unknown line number>",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "regexp/regexp.go", .lno = 928, .col = 3,
	     .subject = "#state1", .reason = "captured by a closure",
	     .at_file = "", .at_line = 0, .at_col = 0),
	/* probes/out (go1.21+, //line :200) */
	CASE(.name = "question_marks_file",
	     .line = "??:200: can inline relLine",
	     .cls = LC_CAN_INLINE, .kind = MK_CAN_INLINE,
	     .file = "??", .lno = 200, .col = 0, .subject = "relLine"),
	CASE(.name = "question_marks_file_with_cost",
	     .line = "??:200: can inline relLine with cost 8 as: func() *int { v := 1; return &v }",
	     .cls = LC_CAN_INLINE, .kind = MK_CAN_INLINE, .file = "??", .lno = 200, .col = 0,
	     .subject = "relLine", .cost = 8, .body = "func() *int { v := 1; return &v }"),
	/* probes/out (go1.15/1.19, //line :200) */
	CASE(.name = "empty_file_name",
	     .line = ":201: v escapes to heap:",
	     .cls = LC_ESCAPE_EXPLANATION, .kind = MK_ESCAPES_HEADER,
	     .file = "", .lno = 201, .col = 0, .subject = "v"),
	/* legacy/087_go1.13_haillk2020_go113_windows_map.txt */
	CASE(.name = "windows_moved_to_heap",
	     .line = ".\\main.go:9:2: moved to heap: b",
	     .cls = LC_MOVED_TO_HEAP, .kind = MK_MOVED,
	     .file = ".\\main.go", .lno = 9, .col = 2, .subject = "b"),
	CASE(.name = "windows_old_func_noescape",
	     .line = ".\\main.go:8:11: main make(map[*int]int) does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE, .file = ".\\main.go", .lno = 8,
	     .col = 11, .func = "main", .subject = "make(map[*int]int)", .flag = 1),
	/* legacy/079_go1.13_daheige_go113_windows_part1.txt */
	CASE(.name = "windows_old_func_variadic_noescape",
	     .line = ".\\app.go:12:13: getUser ... argument does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE, .file = ".\\app.go", .lno = 12,
	     .col = 13, .func = "getUser", .subject = "... argument", .flag = 1),
	/* legacy/... escape_analysis6 (no column, <= 1.8) */
	CASE(.name = "no_column_verdict",
	     .line = "./escape_analysis6.go:13: &i[0] escapes to heap",
	     .cls = LC_ESCAPE_VERDICT, .kind = MK_ESCAPES,
	     .file = "./escape_analysis6.go", .lno = 13, .col = 0, .subject = "&i[0]"),
	/* probes/out (go1.22+) */
	CASE(.name = "no_column_at",
	     .line = "./main.go:16:7:     from n (indirection) at <autogenerated>:1",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./main.go", .lno = 16, .col = 7,
	     .subject = "n", .reason = "indirection",
	     .at_file = "<autogenerated>", .at_line = 1, .at_col = 0),
	/* ---- old FUNC-prefixed "does not escape" (11.8) ---- */
	/* legacy/025_go1.8_gotraining_2017-02_example4_mm.txt */
	CASE(.name = "old_func_prefix_noescape",
	     .line = "./example4.go:19: main &u does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE, .file = "./example4.go",
	     .lno = 19, .col = 0, .func = "main", .subject = "&u", .flag = 1),
	/* legacy/069_go1.10-1.12_zerjioang_fastime_testc.txt */
	CASE(.name = "old_func_prefix_noescape_autogenerated",
	     .line = "<autogenerated>:1: (*Duration).Nanoseconds .this does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE, .file = "<autogenerated>",
	     .lno = 1, .col = 0, .func = "(*Duration).Nanoseconds", .subject = ".this", .flag = 1),
	/* probes/framing/p7-go1.27-test.txt (1.13+: no prefix) */
	CASE(.name = "modern_noescape_variadic",
	     .line = "internal/util/util_test.go:8:11: ... argument does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE,
	     .file = "internal/util/util_test.go", .lno = 8, .col = 11, .subject = "... argument"),
	/* probes/out (go1.21+) */
	CASE(.name = "modern_noescape_shape_make",
	     .line = "./main.go:56:13: make([]go.shape.string, 0, 2) does not escape",
	     .cls = LC_DOES_NOT_ESCAPE, .kind = MK_NOESCAPE, .file = "./main.go", .lno = 56,
	     .col = 13, .subject = "make([]go.shape.string, 0, 2)"),
	/* ---- old TAB "from" steps (3.2 era A) ---- */
	/* legacy/025_go1.8_gotraining_2017-02_example4_mm.txt */
	CASE(.name = "old_tab_step",
	     .line = "./example4.go:39: \tfrom ~r0 (return) at ./example4.go:39",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./example4.go", .lno = 39, .col = 0,
	     .subject = "~r0", .reason = "return", .flag = 1,
	     .at_file = "./example4.go", .at_line = 39, .at_col = 0),
	/* legacy/023_go1.8_ardanlabs2017_listing21_toolarge.txt (tab lost) */
	CASE(.name = "old_space_step",
	     .line = "./stream.go:89:   from make([]byte, size) (too large for stack) at ./stream.go:89",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./stream.go", .lno = 89, .col = 0,
	     .subject = "make([]byte, size)", .reason = "too large for stack",
	     .at_file = "./stream.go", .at_line = 89, .at_col = 0),
	/* legacy/047_go1.9.2_seed000_3go_mml.txt */
	CASE(.name = "old_step_brackets_in_reason",
	     .line = "./3.go:7:21:    from a (passed to call[argument escapes]) at ./3.go:8:10",
	     .cls = LC_STEP, .kind = MK_STEP, .file = "./3.go", .lno = 7, .col = 21,
	     .subject = "a", .reason = "passed to call[argument escapes]",
	     .at_file = "./3.go", .at_line = 8, .at_col = 10),
	/* ---- inlining (section 4, 11.13) ---- */
	/* probes/out (go1.19+) */
	CASE(.name = "can_inline_struct_in_signature",
	     .line = "./main.go:166:6: can inline selfAssign with cost 8 as: func(*struct { buf []byte }, "
		     "int, int) { b.buf = b.buf[n:m] }",
	     .cls = LC_CAN_INLINE, .kind = MK_CAN_INLINE, .file = "./main.go", .lno = 166,
	     .col = 6, .subject = "selfAssign", .cost = 8,
	     .body = "func(*struct { buf []byte }, int, int) { b.buf = b.buf[n:m] }"),
	/* legacy/025 (<= 1.14: no cost) */
	CASE(.name = "can_inline_old_without_cost",
	     .line = "./example4.go:23: can inline stayOnStack as: func() user { u := user literal; return u }",
	     .cls = LC_CAN_INLINE, .kind = MK_CAN_INLINE, .file = "./example4.go", .lno = 23,
	     .col = 0, .subject = "stayOnStack",
	     .body = "func() user { u := user literal; return u }"),
	/* probes/out (go1.19+) */
	CASE(.name = "cannot_inline_into_repeated_recursive_cycle",
	     .line = "./main.go:193:15: cannot inline recursive into main: repeated recursive cycle",
	     .cls = LC_CANNOT_INLINE, .kind = MK_CANNOT_INLINE_INTO, .file = "./main.go",
	     .lno = 193, .col = 15, .subject = "recursive", .func = "main",
	     .reason = "repeated recursive cycle"),
	CASE(.name = "cannot_inline_recursive",
	     .line = "./main.go:137:6: cannot inline recursive: recursive",
	     .cls = LC_CANNOT_INLINE, .kind = MK_CANNOT_INLINE, .file = "./main.go", .lno = 137,
	     .col = 6, .subject = "recursive", .reason = "recursive"),
	CASE(.name = "cannot_inline_too_complex",
	     .line = "./main.go:18:6: cannot inline Collect: function too complex: cost 125 exceeds budget 80",
	     .cls = LC_CANNOT_INLINE, .kind = MK_CANNOT_INLINE, .file = "./main.go", .lno = 18,
	     .col = 6, .subject = "Collect",
	     .reason = "function too complex: cost 125 exceeds budget 80", .cost = 125,
	     .budget = 80),
	CASE(.name = "cannot_inline_uintptr_reason",
	     .line = "./main.go:11:6: cannot inline keep: marked as having an escaping uintptr argument",
	     .cls = LC_CANNOT_INLINE, .kind = MK_CANNOT_INLINE, .file = "./main.go", .lno = 11,
	     .col = 6, .subject = "keep",
	     .reason = "marked as having an escaping uintptr argument"),
	/* ---- captures, devirtualization, other -m lines ---- */
	/* probes/out (go1.22+) */
	CASE(.name = "capture_by_ref",
	     .line = "./main.go:103:19: withDefer capturing by ref: err (addr=false assign=true width=16)",
	     .cls = LC_CAPTURING, .kind = MK_CAPTURE, .file = "./main.go", .lno = 103, .col = 19,
	     .func = "withDefer", .subject = "err", .flag = 1, .addr = 0, .assign = 1,
	     .width = 16),
	CASE(.name = "capture_by_value",
	     .line = "./main.go:108:15: withDefer capturing by value: .autotmp_7 (addr=false assign=false width=8)",
	     .cls = LC_CAPTURING, .kind = MK_CAPTURE, .file = "./main.go", .lno = 108, .col = 15,
	     .func = "withDefer", .subject = ".autotmp_7", .flag = 0, .addr = 0, .assign = 0,
	     .width = 8),
	/* logs/std-med-mm-go1.27: a capture line with no position at all */
	CASE(.name = "capture_without_position",
	     .line = "ParseCookie capturing by ref: #next (addr=false assign=true width=8)",
	     .cls = LC_CAPTURING, .kind = MK_CAPTURE, .func = "ParseCookie",
	     .subject = "#next", .flag = 1, .addr = 0, .assign = 1, .width = 8),
	/* probes/out (go1.19+) */
	CASE(.name = "devirtualizing",
	     .line = "./main.go:179:21: devirtualizing s.Area to Rect",
	     .cls = LC_DEVIRTUALIZING, .kind = MK_DEVIRT, .file = "./main.go", .lno = 179,
	     .col = 21, .subject = "s.Area", .dest = "Rect"),
	CASE(.name = "devirtualizing_pointer_type",
	     .line = "./main.go:161:8: devirtualizing l.Log to *stdLogger",
	     .cls = LC_DEVIRTUALIZING, .kind = MK_DEVIRT, .file = "./main.go", .lno = 161,
	     .col = 8, .subject = "l.Log", .dest = "*stdLogger"),
	CASE(.name = "self_assignment",
	     .line = "./main.go:167:8: selfAssign ignoring self-assignment in b.buf = b.buf[n:m]",
	     .cls = LC_OTHER_DIAGNOSTIC, .kind = MK_SELF_ASSIGN, .file = "./main.go", .lno = 167,
	     .col = 8, .func = "selfAssign", .subject = "b.buf = b.buf[n:m]"),
	CASE(.name = "uintptr_marking",
	     .line = "./main.go:11:11: marking a as escaping uintptr",
	     .cls = LC_OTHER_DIAGNOSTIC, .kind = MK_UINTPTR, .file = "./main.go", .lno = 11,
	     .col = 11, .subject = "a", .reason = "marking a as escaping uintptr"),
	CASE(.name = "bounds_check_elided",
	     .line = "./main.go:9:14: index bounds check elided",
	     .cls = LC_OTHER_DIAGNOSTIC, .kind = MK_OTHER, .file = "./main.go", .lno = 9, .col = 14),
	CASE(.name = "zero_copy_conversion",
	     .line = "./main.go:148:10: zero-copy string->[]byte conversion",
	     .cls = LC_OTHER_DIAGNOSTIC, .kind = MK_OTHER, .file = "./main.go", .lno = 148, .col = 10),
	/* logs/tp-xtext-mm-go1.15 */
	CASE(.name = "explanation_warning",
	     .line = "internal/language/parse.go:90:18:   warning: truncated explanation due to assignment "
		     "cycle; see golang.org/issue/35518",
	     .cls = LC_EXPLANATION_WARNING, .kind = MK_WARNING,
	     .file = "internal/language/parse.go", .lno = 90, .col = 18,
	     .reason = "truncated explanation due to assignment cycle; see golang.org/issue/35518"),
	/* ---- verdicts ---- */
	/* testdata/go1.27/escprobe-m2.log */
	CASE(.name = "moved_to_heap",
	     .line = "./closures.go:26:6: moved to heap: i",
	     .cls = LC_MOVED_TO_HEAP, .kind = MK_MOVED, .file = "./closures.go", .lno = 26,
	     .col = 6, .subject = "i"),
	CASE(.name = "leak_result_level",
	     .line = "store/store.go:64:12: leaking param: it to result ~r0 level=2",
	     .cls = LC_LEAKING_PARAM, .kind = MK_LEAK_RESULT, .file = "store/store.go", .lno = 64,
	     .col = 12, .subject = "it", .dest = "~r0", .level = 2),
	CASE(.name = "leak_content",
	     .line = "store/store.go:25:7: leaking param content: s",
	     .cls = LC_LEAKING_PARAM, .kind = MK_LEAK_CONTENT, .file = "store/store.go", .lno = 25,
	     .col = 7, .subject = "s"),
	/* legacy/015_go1.7dev_go10526_escape_because_mm_proto2.txt */
	CASE(.name = "leak_plain_no_column",
	     .line = "./escape_because.go:37: leaking param: q",
	     .cls = LC_LEAKING_PARAM, .kind = MK_LEAK, .file = "./escape_because.go", .lno = 37,
	     .col = 0, .subject = "q"),
	/* ---- compiler errors ---- */
	/* logs/tp-xtext-mm-go1.15 */
	CASE(.name = "compile_error_undefined",
	     .line = "unicode/cldr/decode.go:162:17: undefined: io.ReadAll",
	     .cls = LC_COMPILER_ERROR, .kind = MK_ERROR, .file = "unicode/cldr/decode.go",
	     .lno = 162, .col = 17),
	/* logs/tp-klauspostcompress-mm-go1.15 */
	CASE(.name = "compile_error_cannot_find_package",
	     .line = "zip/reader.go:14:2: cannot find package \"io/fs\" in any of:",
	     .cls = LC_COMPILER_ERROR, .kind = MK_ERROR, .file = "zip/reader.go", .lno = 14,
	     .col = 2),
	/* ---- -m=3 lines glued to POS (11.11), dumps (section 6) ---- */
	/* logs/std-med-m3-go1.27 */
	CASE(.name = "glued_m3_stmt",
	     .line = "strings/builder.go:39:10:[1] (*Builder).copyCheck stmt: b.addr = (*Builder)(~r0)",
	     .cls = LC_DEBUG, .kind = MK_DEBUG, .file = "strings/builder.go", .lno = 39, .col = 10),
	CASE(.name = "glued_m3_label",
	     .line = "strings/builder.go:39:35:.i0:  non-looping label",
	     .cls = LC_DEBUG, .kind = MK_DEBUG, .file = "strings/builder.go", .lno = 39, .col = 35),
	/* probes/out-m34 (go1.19 -m=4) */
	CASE(.name = "glued_m4_call_to",
	     .line = "./main.go:55:13:call to func ",
	     .cls = LC_DEBUG, .kind = MK_DEBUG, .file = "./main.go", .lno = 55, .col = 13),
	CASE(.name = "before_inlining",
	     .line = "./main.go:55:13: Before inlining: ",
	     .cls = LC_DEBUG, .kind = MK_DEBUG, .file = "./main.go", .lno = 55, .col = 13),
	CASE(.name = "after_inlining",
	     .line = "./main.go:55:13: After inlining ",
	     .cls = LC_DEBUG, .kind = MK_DEBUG, .file = "./main.go", .lno = 55, .col = 13),
	CASE(.name = "ir_dump_line",
	     .line = ".   NAME-fmt.Fprintf l(202) x(0) class(PFUNC) tc(1) used FUNC-@0",
	     .cls = LC_DEBUG, .kind = MK_DEBUG),
	/* ---- package headers and go command noise (section 8) ---- */
	/* testdata/go1.27/escprobe-test-m1.log */
	CASE(.name = "package_header",
	     .line = "# example.com/escprobe/store",
	     .cls = LC_PACKAGE_HEADER, .kind = MK_PACKAGE, .subject = "example.com/escprobe/store"),
	CASE(.name = "package_header_test_variant",
	     .line = "# example.com/escprobe [example.com/escprobe.test]",
	     .cls = LC_PACKAGE_HEADER, .kind = MK_PACKAGE, .subject = "example.com/escprobe",
	     .variant = "example.com/escprobe.test"),
	CASE(.name = "package_header_testmain",
	     .line = "# example.com/escprobe.test",
	     .cls = LC_PACKAGE_HEADER, .kind = MK_PACKAGE, .subject = "example.com/escprobe.test"),
	/* probes/framing/p8-go1.24-test-m2.txt */
	CASE(.name = "package_header_gopath_test_variant",
	     .line = "# _/home/gopher/probe-framing/p8 [_/home/gopher/probe-framing/p8.test]",
	     .cls = LC_PACKAGE_HEADER, .kind = MK_PACKAGE, .subject = "_/home/gopher/probe-framing/p8",
	     .variant = "_/home/gopher/probe-framing/p8.test"),
	/* testdata/go1.27/escprobe-test-m1.log */
	CASE(.name = "go_test_ok",
	     .line = "ok  \texample.com/escprobe\t0.002s [no tests to run]",
	     .cls = LC_NON_COMPILER, .kind = MK_NOISE),
	CASE(.name = "go_test_no_test_files",
	     .line = "?   \texample.com/escprobe/store\t[no test files]",
	     .cls = LC_NON_COMPILER, .kind = MK_NOISE),
	/* legacy/069 (go test -c -v prints the bare import path) */
	CASE(.name = "go_bare_import_path",
	     .line = "github.com/zerjioang/gotools/lib/eth/fastime",
	     .cls = LC_NON_COMPILER, .kind = MK_NOISE),
	CASE(.name = "blank", .line = "", .cls = LC_BLANK, .kind = MK_BLANK),
};

static int span_is(struct span s, const char *want)
{
	if (!want)
		return s.n == 0;
	return s.n == strlen(want) && !memcmp(s.p, want, s.n);
}

static void fail_field(const struct ccase *c, const char *field, struct span got,
		       const char *want)
{
	print_error("%s: %s: got \"%.*s\", want \"%s\"\n", c->name, field, (int)got.n,
		    got.p ? got.p : "", want ? want : "");
	fail();
}

#define CHECK_SPAN(field, want)                                                \
	do {                                                                   \
		if (!span_is(m.field, (want)))                                 \
			fail_field(c, #field, m.field, (want));                \
	} while (0)

#define CHECK_NUM(field, want)                                                 \
	do {                                                                   \
		if ((long)(m.field) != (long)(want)) {                         \
			print_error("%s: %s: got %ld, want %ld\n", c->name,    \
				    #field, (long)(m.field), (long)(want));    \
			fail();                                                \
		}                                                              \
	} while (0)

static void check_pos(const struct ccase *c, const char *which, const struct pos *p,
		      const char *file, long line, long col)
{
	if (!file) {
		if (p->has) {
			print_error("%s: %s: unexpected position\n", c->name, which);
			fail();
		}
		return;
	}
	if (!p->has) {
		print_error("%s: %s: no position, want %s:%ld:%ld\n", c->name, which, file,
			    line, col);
		fail();
	}
	if (!span_is(p->file, file) || p->line != line || p->col != col) {
		print_error("%s: %s: got \"%.*s\":%ld:%ld, want \"%s\":%ld:%ld\n", c->name,
			    which, (int)p->file.n, p->file.p ? p->file.p : "", p->line,
			    p->col, file, line, col);
		fail();
	}
}

/* Each case gets an exact-size copy of its line, without a terminating
 * NUL, so that AddressSanitizer catches any read past len. */
struct case_state {
	const struct ccase *c;
	char *buf;
};

static int case_setup(void **state)
{
	struct case_state *cs = calloc(1, sizeof(*cs));
	size_t len;
	if (!cs)
		return -1;
	cs->c = *state;
	len = strlen(cs->c->line);
	cs->buf = malloc(len ? len : 1);
	if (!cs->buf)
		return -1;
	memcpy(cs->buf, cs->c->line, len);
	*state = cs;
	return 0;
}

static int case_teardown(void **state)
{
	struct case_state *cs = *state;
	free(cs->buf);
	free(cs);
	return 0;
}

static void run_case(void **state)
{
	struct case_state *cs = *state;
	const struct ccase *c = cs->c;
	size_t len = strlen(c->line);
	char *buf = cs->buf;
	struct pmsg m;

	parser_classify(buf, len, &m);
	if (m.cls != c->cls || m.kind != c->kind) {
		print_error("%s: got %s/%s, want %s/%s\n", c->name, line_class_name(m.cls),
			    msg_kind_name(m.kind), line_class_name(c->cls),
			    msg_kind_name(c->kind));
		fail();
	}
	assert_ptr_equal(m.line.p, buf);
	assert_int_equal(m.line.n, len);
	check_pos(c, "pos", &m.pos, c->file, c->lno, c->col);
	check_pos(c, "at", &m.pos2, c->at_file, c->at_line, c->at_col);
	CHECK_SPAN(func, c->func);
	CHECK_SPAN(subject, c->subject);
	CHECK_SPAN(dest, c->dest);
	CHECK_SPAN(src, c->src);
	CHECK_SPAN(ops, c->ops);
	CHECK_SPAN(reason, c->reason);
	CHECK_SPAN(variant, c->variant);
	CHECK_SPAN(body, c->body);
	CHECK_NUM(level, c->level);
	CHECK_NUM(derefs, c->derefs);
	CHECK_NUM(cost, c->cost);
	CHECK_NUM(budget, c->budget);
	CHECK_NUM(flag, c->flag);
	CHECK_NUM(addr, c->addr);
	CHECK_NUM(assign, c->assign);
	CHECK_NUM(width, c->width);
	/* Every span lies inside the line. */
	const struct span *all[] = { &m.text, &m.func, &m.subject, &m.dest, &m.src,
				     &m.ops, &m.reason, &m.body, &m.variant,
				     &m.pos.file, &m.pos2.file };
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (all[i]->n)
			assert_true(all[i]->p >= buf && all[i]->p + all[i]->n <= buf + len);
}

/* ---- parser_feed()-level behaviour --------------------------------------- */

struct got {
	enum line_class cls;
	enum msg_kind kind;
	char *subject, *func, *line;
	uint64_t line_no, nlines, expl_seq, flow_seq, step_seq;
	int new_expl, truncated, flag;
	enum attach attach;
};

struct sink {
	struct got *v;
	size_t n, alloc;
};

static char *dupspan(struct span s)
{
	char *r = malloc(s.n + 1);
	if (s.n)
		memcpy(r, s.p, s.n);
	r[s.n] = 0;
	return r;
}

static int collect(void *ctx, const struct pmsg *m)
{
	struct sink *k = ctx;
	if (k->n == k->alloc) {
		k->alloc = k->alloc ? 2 * k->alloc : 16;
		k->v = realloc(k->v, k->alloc * sizeof(*k->v));
	}
	struct got *g = &k->v[k->n++];
	g->cls = m->cls;
	g->kind = m->kind;
	g->subject = dupspan(m->subject);
	g->func = dupspan(m->func);
	g->line = dupspan(m->line);
	g->line_no = m->line_no;
	g->nlines = m->nlines;
	g->expl_seq = m->expl_seq;
	g->flow_seq = m->flow_seq;
	g->step_seq = m->step_seq;
	g->new_expl = m->new_expl;
	g->truncated = m->truncated;
	g->flag = m->flag;
	g->attach = m->attach;
	return 0;
}

static void sink_free(struct sink *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->v[i].subject);
		free(k->v[i].func);
		free(k->v[i].line);
	}
	free(k->v);
	memset(k, 0, sizeof(*k));
}

static void feed_lines(struct parser *p, const char *const *lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		assert_int_equal(parser_feed(p, lines[i], strlen(lines[i]), 0), 0);
	assert_int_equal(parser_finish_input(p), 0);
}

static uint64_t sum_counts(const struct parser *p)
{
	uint64_t s = 0;
	for (int c = 0; c < LC__COUNT; c++)
		s += parser_line_counts(p)[c];
	return s;
}

struct feedfix {
	struct sink k;
	struct feed *f;
	struct parser *p; /* the feed's */
};

/* The feed, its parser and its sink live in the fixture, so a failed
 * assertion (which longjmps out of the test) leaks nothing. */
static int feed_setup(void **state)
{
	struct feedfix *fx = calloc(1, sizeof(*fx));
	struct feed_sink sink = { NULL, NULL, collect, NULL, NULL };
	if (!fx)
		return -1;
	sink.ctx = &fx->k;
	fx->f = feed_new(&sink, NULL);
	fx->p = feed_parser(fx->f);
	*state = fx;
	return 0;
}

static int feed_teardown(void **state)
{
	struct feedfix *fx = *state;
	feed_free(fx->f);
	sink_free(&fx->k);
	free(fx);
	return 0;
}

/* testdata/go1.19/escprobe-m2.log lines 444-451: a raw literal in 1.19. */
static void feed_raw_string_multiline(void **state)
{
	static const char *const lines[] = {
		"./tricky.go:13:2: ([]byte)(`raw line one",
		"raw line two: z escapes to heap`) escapes to heap:",
		"./tricky.go:13:2:   flow: {heap} = &{storage for ([]byte)(`raw line one",
		"raw line two: z escapes to heap`)}:",
		"./tricky.go:13:2:     from ([]byte)(`raw line one",
		"raw line two: z escapes to heap`) (spill) at ./tricky.go:13:2",
		"./tricky.go:13:2:     from sink = ([]byte)(`raw line one",
		"raw line two: z escapes to heap`) (assign) at ./tricky.go:13:7",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 8);
	assert_int_equal(fx->k.n, 4);
	assert_int_equal(fx->k.v[0].kind, MK_ESCAPES_HEADER);
	assert_int_equal(fx->k.v[0].cls, LC_ESCAPE_EXPLANATION);
	assert_int_equal(fx->k.v[0].nlines, 2);
	assert_int_equal(fx->k.v[0].line_no, 1);
	assert_string_equal(fx->k.v[0].subject, "([]byte)(`raw line one\nraw line two: z escapes to heap`)");
	assert_string_equal(fx->k.v[0].line, "./tricky.go:13:2: ([]byte)(`raw line one\n"
					 "raw line two: z escapes to heap`) escapes to heap:");
	assert_int_equal(fx->k.v[1].kind, MK_FLOW);
	assert_int_equal(fx->k.v[1].nlines, 2);
	assert_int_equal(fx->k.v[1].line_no, 3);
	assert_int_equal(fx->k.v[2].kind, MK_STEP);
	assert_int_equal(fx->k.v[3].kind, MK_STEP);
	assert_int_equal(fx->k.v[3].line_no, 7);
	assert_string_equal(fx->k.v[3].subject, "sink = ([]byte)(`raw line one\nraw line two: z escapes to heap`)");
	/* One explanation, its flow and both steps. */
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(fx->k.v[i].expl_seq, 1);
	assert_int_equal(fx->k.v[3].step_seq, 2);

	const uint64_t *c = parser_line_counts(p);
	assert_int_equal(parser_lines(p), 8);
	assert_int_equal(c[LC_CONTINUATION], 4);
	assert_int_equal(c[LC_ESCAPE_EXPLANATION], 1);
	assert_int_equal(c[LC_FLOW], 1);
	assert_int_equal(c[LC_STEP], 2);
	assert_int_equal(c[LC_ESCAPE_VERDICT], 0); /* "z escapes to heap`)" is not one */
	assert_int_equal(c[LC_UNRECOGNIZED], 0);
	assert_int_equal(sum_counts(p), 8);
}

/* The verdict form of the same literal, and the 3-line Sprintf step. */
static void feed_raw_string_verdict_and_call(void **state)
{
	static const char *const lines[] = {
		/* testdata/go1.19/escprobe-m2.log lines 466-469, 501-502 */
		"./tricky.go:15:21:     from ... argument (spill) at ./tricky.go:15:20",
		"./tricky.go:15:21:     from fmt.Sprintf(`report:",
		"\tname=%q {braces} \"quoted\"",
		"\tend\\n`, ... argument...) (call parameter) at ./tricky.go:15:20",
		"./tricky.go:13:2: ([]byte)(`raw line one",
		"raw line two: z escapes to heap`) escapes to heap",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 6);
	assert_int_equal(fx->k.n, 3);
	assert_int_equal(fx->k.v[1].kind, MK_STEP);
	assert_int_equal(fx->k.v[1].nlines, 3);
	assert_string_equal(fx->k.v[1].subject, "fmt.Sprintf(`report:\n\tname=%q {braces} \"quoted\"\n"
					    "\tend\\n`, ... argument...)");
	assert_int_equal(fx->k.v[2].kind, MK_ESCAPES);
	assert_int_equal(fx->k.v[2].nlines, 2);
	assert_int_equal(parser_line_counts(p)[LC_CONTINUATION], 3);
	assert_int_equal(parser_line_counts(p)[LC_ESCAPE_VERDICT], 1);
	assert_int_equal(sum_counts(p), 6);
}

/*
 * "# ..." lines inside a raw literal are not package headers.  The cobra
 * logs that show this (tp-cobra-mm-go1.19/1.21, go-m-formats 6b) are not
 * shipped; the literal lines below are the ones that document quotes from
 * them ("# Homebrew on Macs ...", "# NAME"), in the 1.19 step shape of
 * testdata/go1.19/escprobe-m2.log line 467.
 */
static void feed_hash_line_inside_raw_literal(void **state)
{
	static const char *const lines[] = {
		"# github.com/spf13/cobra",
		"./bash_completions.go:391:29:     from fmt.Sprintf(`# bash completion for %-36[1]s -*- shell-script -*-",
		"",
		"# Homebrew on Macs have version 1.3 of bash-completion which doesn't include",
		"# NAME",
		"`, ... argument...) (call parameter) at ./bash_completions.go:391:28",
		"./bash_completions.go:391:29: ... argument does not escape",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 7);
	const uint64_t *c = parser_line_counts(p);
	assert_int_equal(c[LC_PACKAGE_HEADER], 1);
	assert_int_equal(c[LC_STEP], 1);
	assert_int_equal(c[LC_CONTINUATION], 4);
	assert_int_equal(c[LC_DOES_NOT_ESCAPE], 1);
	assert_int_equal(c[LC_BLANK], 0);
	assert_int_equal(sum_counts(p), 7);
	assert_int_equal(fx->k.n, 3);
	assert_int_equal(fx->k.v[0].kind, MK_PACKAGE);
	assert_string_equal(fx->k.v[0].subject, "github.com/spf13/cobra");
	assert_int_equal(fx->k.v[1].kind, MK_STEP);
	assert_int_equal(fx->k.v[1].nlines, 5);
	assert_int_equal(fx->k.v[1].line_no, 2);
	assert_non_null(strstr(fx->k.v[1].subject, "\n# NAME\n"));
	assert_int_equal(fx->k.v[2].kind, MK_NOESCAPE);
	assert_int_equal(fx->k.v[2].line_no, 7);
}

/* An unterminated raw literal at the end of input: lines come out one by one. */
static void feed_unclosed_raw_literal_flushed(void **state)
{
	static const char *const lines[] = {
		"./tricky.go:13:2: ([]byte)(`raw line one",
		"./tricky.go:13:2: moved to heap: x", /* cannot happen in real output */
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 2);
	assert_int_equal(sum_counts(p), 2);
	assert_int_equal(parser_line_counts(p)[LC_CONTINUATION], 0);
	assert_int_equal(fx->k.n, 2);
	assert_int_equal(fx->k.v[0].line_no, 1);
	assert_int_equal(fx->k.v[0].nlines, 1);
	assert_int_equal(fx->k.v[1].kind, MK_MOVED);
	assert_int_equal(fx->k.v[1].line_no, 2);
}

/* testdata/go1.19/escprobe-m2.log lines 20-33 (store.go:21 and :25). */
static void feed_explanation_context(void **state)
{
	static const char *const lines[] = {
		"# example.com/escprobe/store",
		"store/store.go:21:9: &Store{...} escapes to heap:",
		"store/store.go:21:9:   flow: ~r0 = &{storage for &Store{...}}:",
		"store/store.go:21:9:     from &Store{...} (spill) at store/store.go:21:9",
		"store/store.go:21:9:     from return &Store{...} (return) at store/store.go:21:2",
		"store/store.go:25:7: parameter s leaks to {heap} with derefs=1:",
		"store/store.go:25:7:   flow: {temp} = *s:",
		"store/store.go:25:7:     from s.log (dot of pointer) at store/store.go:27:18",
		"store/store.go:25:7:     from append(s.log, it) (call parameter) at store/store.go:27:16",
		"store/store.go:25:7:   flow: {heap} = {temp}:",
		"store/store.go:25:7:     from s.log = append(s.log, it) (assign) at store/store.go:27:8",
		"store/store.go:21:9: &Store{...} escapes to heap",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;
	static const struct {
		enum msg_kind kind;
		uint64_t expl, flow, step;
		int new_expl;
		enum attach attach;
	} want[] = {
		{ MK_PACKAGE, 0, 0, 0, 0, ATTACH_NONE },
		{ MK_ESCAPES_HEADER, 1, 0, 0, 1, ATTACH_NONE },
		{ MK_FLOW, 1, 1, 0, 0, ATTACH_EXPLANATION },
		{ MK_STEP, 1, 1, 1, 0, ATTACH_EXPLANATION },
		{ MK_STEP, 1, 1, 2, 0, ATTACH_EXPLANATION },
		{ MK_LEAK_HEADER, 2, 0, 0, 1, ATTACH_NONE },
		{ MK_FLOW, 2, 1, 0, 0, ATTACH_EXPLANATION },
		{ MK_STEP, 2, 1, 1, 0, ATTACH_EXPLANATION },
		{ MK_STEP, 2, 1, 2, 0, ATTACH_EXPLANATION },
		{ MK_FLOW, 2, 2, 0, 0, ATTACH_EXPLANATION },
		{ MK_STEP, 2, 2, 1, 0, ATTACH_EXPLANATION },
		{ MK_ESCAPES, 2, 0, 0, 0, ATTACH_NONE },
	};

	feed_lines(p, lines, 12);
	assert_int_equal(fx->k.n, 12);
	for (size_t i = 0; i < 12; i++) {
		if (fx->k.v[i].kind != want[i].kind || fx->k.v[i].expl_seq != want[i].expl ||
		    fx->k.v[i].flow_seq != want[i].flow || fx->k.v[i].step_seq != want[i].step ||
		    fx->k.v[i].new_expl != want[i].new_expl || fx->k.v[i].attach != want[i].attach) {
			print_error("line %zu: got %s expl=%llu flow=%llu step=%llu new=%d attach=%d\n",
				    i + 1, msg_kind_name(fx->k.v[i].kind),
				    (unsigned long long)fx->k.v[i].expl_seq,
				    (unsigned long long)fx->k.v[i].flow_seq,
				    (unsigned long long)fx->k.v[i].step_seq, fx->k.v[i].new_expl,
				    (int)fx->k.v[i].attach);
			fail();
		}
		assert_int_equal(fx->k.v[i].line_no, i + 1);
		assert_int_equal(fx->k.v[i].nlines, 1);
	}
	assert_int_equal(parser_m_level(p), 2);
}

/* legacy/025 and legacy/015: esc.go chains after their verdict. */
static void feed_old_steps_attach_to_verdict(void **state)
{
	static const char *const lines[] = {
		"./example4.go:19: main &u does not escape",
		"./example4.go:39: &u escapes to heap",
		"./example4.go:39: \tfrom ~r0 (return) at ./example4.go:39",
		"./example4.go:37: moved to heap: u",
		"./escape_because.go:37: leaking param: q",
		"./escape_because.go:37: \tfrom s (assigned) at ./escape_because.go:38",
		"./escape_because.go:37: \tfrom pair literal (struct literal element) at ./escape_because.go:39",
		"./escape_because.go:37: \tfrom t (assigned) at ./escape_because.go:39",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 8);
	assert_int_equal(fx->k.n, 8);
	/* Old release: the "main" prefix is kept as the function. */
	assert_int_equal(fx->k.v[0].kind, MK_NOESCAPE);
	assert_string_equal(fx->k.v[0].func, "main");
	assert_string_equal(fx->k.v[0].subject, "&u");
	assert_int_equal(fx->k.v[2].kind, MK_STEP);
	assert_int_equal(fx->k.v[2].attach, ATTACH_VERDICT);
	assert_int_equal(fx->k.v[2].step_seq, 1);
	assert_int_equal(fx->k.v[2].flag, 1);
	assert_int_equal(fx->k.v[2].new_expl, 0);
	assert_int_equal(fx->k.v[3].kind, MK_MOVED);
	for (size_t i = 5; i < 8; i++) {
		assert_int_equal(fx->k.v[i].kind, MK_STEP);
		assert_int_equal(fx->k.v[i].attach, ATTACH_VERDICT);
		assert_int_equal(fx->k.v[i].step_seq, i - 4);
		assert_int_equal(fx->k.v[i].flow_seq, 0);
	}
	struct goversion v;
	parser_version(p, &v);
	assert_true(v.hi <= 12);
}

/* legacy/023: the TAB was lost in transcription; the step still attaches. */
static void feed_old_space_step_attaches_to_verdict(void **state)
{
	static const char *const lines[] = {
		"./stream.go:89: make([]byte, size) escapes to heap",
		"./stream.go:89:   from make([]byte, size) (too large for stack) at ./stream.go:89",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 2);
	assert_int_equal(fx->k.n, 2);
	assert_int_equal(fx->k.v[1].kind, MK_STEP);
	assert_int_equal(fx->k.v[1].attach, ATTACH_VERDICT);
	assert_int_equal(fx->k.v[1].step_seq, 1);
}

/* 1.13+: "FUNC EXPR does not escape" is not read once the release is known. */
static void feed_modern_noescape_keeps_subject(void **state)
{
	static const char *const lines[] = {
		/* testdata/go1.19/escprobe-m2.log: flow lines put the release in 1.14-1.24 */
		"store/store.go:21:9:   flow: ~r0 = &{storage for &Store{...}}:",
		/* probes/out/p4-go1.19-m2.txt: a type with a space, then a literal */
		"./main.go:148:10: []interface {}{...} does not escape",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 2);
	assert_int_equal(fx->k.n, 2);
	assert_int_equal(fx->k.v[1].kind, MK_NOESCAPE);
	assert_string_equal(fx->k.v[1].subject, "[]interface {}{...}");
	assert_string_equal(fx->k.v[1].func, "");
	assert_int_equal(fx->k.v[1].flag, 0);
}

/* A compile error and its TAB-indented detail lines (tp-klauspostcompress-mm-go1.15). */
static void feed_compile_error_details(void **state)
{
	static const char *const lines[] = {
		"# github.com/klauspost/compress/zip",
		"zip/reader.go:14:2: cannot find package \"io/fs\" in any of:",
		"\t/home/gopher/sdk/go1.15.15/src/io/fs (from $GOROOT)",
		"\t/usr/share/gocode/src/io/fs (from $GOPATH)",
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 4);
	assert_int_equal(parser_line_counts(p)[LC_COMPILER_ERROR], 3);
	assert_int_equal(parser_line_counts(p)[LC_UNRECOGNIZED], 0);
	assert_int_equal(sum_counts(p), 4);
}

/* A line the reader had to cut is never classified from its prefix. */
static void feed_truncated_line_unrecognized(void **state)
{
	static const char *const line = "./main.go:21:2: moved to heap: x";
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	assert_int_equal(parser_feed(p, line, strlen(line), 1), 0);
	assert_int_equal(parser_feed(p, line, strlen(line), 0), 0);
	assert_int_equal(parser_finish_input(p), 0);
	assert_int_equal(fx->k.n, 2);
	assert_int_equal(fx->k.v[0].cls, LC_UNRECOGNIZED);
	assert_int_equal(fx->k.v[0].truncated, 1);
	assert_int_equal(fx->k.v[1].cls, LC_MOVED_TO_HEAP);
	assert_int_equal(fx->k.v[1].truncated, 0);
	assert_int_equal(parser_line_counts(p)[LC_UNRECOGNIZED], 1);
	assert_int_equal(parser_line_counts(p)[LC_MOVED_TO_HEAP], 1);
}

/* A truncated line inside a pending raw literal ends the literal. */
static void feed_truncated_inside_raw_literal(void **state)
{
	static const char *const l1 = "./tricky.go:13:2: ([]byte)(`raw line one";
	static const char *const l2 = "raw line two: z escapes to heap`) escapes to heap";
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	assert_int_equal(parser_feed(p, l1, strlen(l1), 0), 0);
	assert_int_equal(parser_feed(p, l2, strlen(l2), 1), 0);
	assert_int_equal(parser_finish_input(p), 0);
	assert_int_equal(sum_counts(p), 2);
	/* The cut must not be lost: some delivered message says truncated. */
	int any = 0;
	for (size_t i = 0; i < fx->k.n; i++)
		any |= fx->k.v[i].truncated;
	assert_true(any);
}

/* CRLF is removed by the line reader, before the parser sees the line. */
static void feed_crlf_through_linereader(void **state)
{
	static const char text[] =
		"# example.com/shapes\r\n"
		"./main.go:21:2: moved to heap: x\r\n"
		"./main.go:31:15: leaking param: p to result ~r0 level=0\r\n"
		"\r\n"
		"./main.go:22:9: &x escapes to heap";
	struct feedfix *fx = *state;
	struct parser *p = fx->p;
	struct sbuf err = SBUF_INIT;
	int fds[2];

	assert_int_equal(pipe(fds), 0);
	assert_int_equal(write(fds[1], text, sizeof(text) - 1), (ssize_t)(sizeof(text) - 1));
	close(fds[1]);
	assert_int_equal(feed_fd(fx->f, fds[0], "crlf", &err), 0);
	close(fds[0]);
	assert_int_equal(fx->k.n, 5);
	assert_int_equal(fx->k.v[0].kind, MK_PACKAGE);
	assert_string_equal(fx->k.v[0].subject, "example.com/shapes");
	assert_int_equal(fx->k.v[1].kind, MK_MOVED);
	assert_string_equal(fx->k.v[1].subject, "x");
	assert_int_equal(fx->k.v[2].kind, MK_LEAK_RESULT);
	assert_int_equal(fx->k.v[3].kind, MK_BLANK);
	assert_int_equal(fx->k.v[4].kind, MK_ESCAPES);
	assert_string_equal(fx->k.v[4].subject, "&x");
	for (size_t i = 0; i < fx->k.n; i++)
		assert_null(strchr(fx->k.v[i].line, '\r'));
	assert_int_equal(parser_lines(p), 5);
	sbuf_release(&err);
}

/* The whole go1.19 log: every physical line is counted exactly once. */
static void feed_go119_log_counts(void **state)
{
	struct feedfix *fx = *state;
	struct parser *p = fx->p;
	struct sbuf err = SBUF_INIT;
	const char *path = ESCVIZ_SOURCE_DIR "/testdata/go1.19/escprobe-m2.log";
	FILE *f = fopen(path, "r");
	uint64_t lines = 0, unpositioned = 0, nl = 0;
	char buf[8192];
	regex_t re;

	assert_int_equal(regcomp(&re, "^[^ ]*:[0-9]+(:[0-9]+)?: ", REG_EXTENDED | REG_NOSUB), 0);
	assert_non_null(f);
	while (fgets(buf, sizeof(buf), f)) {
		lines++;
		/* Continuation lines are exactly those without "FILE:N[:C]: " or "# ". */
		if (buf[0] != '#' && regexec(&re, buf, 0, NULL, 0) != 0)
			unpositioned++;
	}
	fclose(f);
	regfree(&re);
	assert_int_equal(unpositioned, 13); /* the file as shipped */
	FILE *g = fopen(path, "r");
	assert_non_null(g);
	assert_int_equal(feed_fd(fx->f, fileno(g), path, &err), 0);
	fclose(g);
	assert_int_equal(parser_lines(p), lines);
	assert_int_equal(sum_counts(p), lines);
	assert_int_equal(parser_line_counts(p)[LC_CONTINUATION], unpositioned);
	assert_int_equal(parser_line_counts(p)[LC_UNRECOGNIZED], 0);
	for (size_t i = 0; i < fx->k.n; i++)
		nl += fx->k.v[i].nlines;
	assert_int_equal(nl, lines);
	sbuf_release(&err);
}

/*
 * Real go1.15 -m=3 IR dumps with nil nodes ("<N>" alone on a line), cut
 * unedited from a std-med build (testdata/m3/README.md).  The expected
 * counts are the raw text's, taken with grep -c on the files as shipped:
 *   grep -c '^<N>$'                             nil nodes        2, 2
 *   grep -c '^\.   '                            node lines      67, 53
 *   grep -cE '^(not )?substituting name $'      substitutions    5, 3
 *   grep -cE ': (Before|After) inlining'        dump headers     2, 2
 *   grep -c '^$'                                blank lines     11, 11
 *   grep -c ': can inline '                                      1, 1
 *   grep -c ': cannot inline '                                   2, 1
 *   grep -c ': inlining call to '                                1, 1
 *   wc -l                                                       91, 74
 */
struct m3case {
	const char *file;
	uint64_t lines, nil, node, subst, hdr, blank, can, cannot, call;
};

static void feed_go115_m3_nil_nodes(void **state)
{
	static const struct m3case m3files[] = {
		{ "std-med-m3-strings.log", 91, 2, 67, 5, 2, 11, 1, 2, 1 },
		{ "std-med-m3-bytes.log", 74, 2, 53, 3, 2, 11, 1, 1, 1 },
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;
	struct sbuf err = SBUF_INIT;

	/* Both files through the fixture's feed, one input each: the
	 * parser's counts are cumulative, so each file's are differences. */
	for (size_t c = 0; c < sizeof(m3files) / sizeof(m3files[0]); c++) {
		const struct m3case *k = &m3files[c];
		uint64_t before[LC__COUNT], n[LC__COUNT], lines0 = parser_lines(p), sum = 0, nil = 0;
		size_t first = fx->k.n;
		char path[512];

		memcpy(before, parser_line_counts(p), sizeof(before));
		snprintf(path, sizeof(path), "%s/testdata/m3/go1.15/%s", ESCVIZ_SOURCE_DIR, k->file);
		FILE *g = fopen(path, "r");
		assert_non_null(g);
		assert_int_equal(feed_fd(fx->f, fileno(g), path, &err), 0);
		fclose(g);
		for (int i = 0; i < LC__COUNT; i++) {
			n[i] = parser_line_counts(p)[i] - before[i];
			sum += n[i];
		}
		assert_int_equal(parser_lines(p) - lines0, k->lines);
		assert_int_equal(sum, k->lines);
		assert_int_equal(n[LC_UNRECOGNIZED], 0);
		assert_int_equal(n[LC_DEBUG], k->nil + k->node + k->subst + k->hdr);
		assert_int_equal(n[LC_BLANK], k->blank);
		assert_int_equal(n[LC_CAN_INLINE], k->can);
		assert_int_equal(n[LC_CANNOT_INLINE], k->cannot);
		assert_int_equal(n[LC_INLINING_CALL], k->call);
		for (size_t i = first; i < fx->k.n; i++) {
			if (strcmp(fx->k.v[i].line, "<N>"))
				continue;
			nil++;
			assert_int_equal(fx->k.v[i].cls, LC_DEBUG);
		}
		assert_int_equal(nil, k->nil);
	}
	assert_int_equal(parser_m_level(p), 3);
	sbuf_release(&err);
}

/*
 * "<N>" is a dump line only right after another dump body line; anywhere
 * else (first line, after a verdict, after a blank line or a dump header)
 * it is kept and counted as unrecognized.
 */
static void feed_stray_nil_node_unrecognized(void **state)
{
	static const char *const lines[] = {
		"<N>",
		"bytes/buffer.go:418:16: Before inlining: ",
		"<N>",
		".   .   SLICE-list",
		".   .   .   DOTPTR l(418) x(24) tc(1) bytes.off int",
		"<N>",
		"<N>",
		"",
		"<N>",
		"./main.go:21:2: moved to heap: x",
		"<N>",
	};
	static const enum line_class want[] = {
		LC_UNRECOGNIZED, LC_DEBUG, LC_UNRECOGNIZED, LC_DEBUG, LC_DEBUG,
		LC_DEBUG, LC_DEBUG, LC_BLANK, LC_UNRECOGNIZED, LC_MOVED_TO_HEAP,
		LC_UNRECOGNIZED,
	};
	struct feedfix *fx = *state;
	struct parser *p = fx->p;

	feed_lines(p, lines, 11);
	assert_int_equal(fx->k.n, 11);
	for (size_t i = 0; i < 11; i++) {
		assert_int_equal(fx->k.v[i].cls, want[i]);
		assert_string_equal(fx->k.v[i].line, lines[i]);
		assert_int_equal(fx->k.v[i].line_no, i + 1);
	}
	assert_int_equal(parser_line_counts(p)[LC_UNRECOGNIZED], 4);
	assert_int_equal(parser_line_counts(p)[LC_DEBUG], 5);
	assert_int_equal(sum_counts(p), 11);
}

/* A new input starts outside any dump. */
static void feed_nil_node_not_across_inputs(void **state)
{
	struct feedfix *fx = *state;
	struct parser *p = fx->p;
	static const char *const a = ".   .   SLICE-list", *const b = "<N>";

	assert_int_equal(parser_feed(p, a, strlen(a), 0), 0);
	assert_int_equal(parser_finish_input(p), 0);
	parser_begin_input(p);
	assert_int_equal(parser_feed(p, b, strlen(b), 0), 0);
	assert_int_equal(parser_finish_input(p), 0);
	assert_int_equal(fx->k.n, 2);
	assert_int_equal(fx->k.v[1].cls, LC_UNRECOGNIZED);
}

int main(void)
{
	size_t n = sizeof(cases) / sizeof(cases[0]);
	struct CMUnitTest *tests = calloc(n, sizeof(*tests));
	char **names = calloc(n, sizeof(*names));
	static const struct CMUnitTest feed_tests[] = {
		{ "parser::feed::raw_string_multiline", feed_raw_string_multiline, feed_setup, feed_teardown, NULL },
		{ "parser::feed::raw_string_verdict_and_call", feed_raw_string_verdict_and_call, feed_setup, feed_teardown, NULL },
		{ "parser::feed::hash_line_inside_raw_literal", feed_hash_line_inside_raw_literal, feed_setup, feed_teardown, NULL },
		{ "parser::feed::unclosed_raw_literal_flushed", feed_unclosed_raw_literal_flushed, feed_setup, feed_teardown, NULL },
		{ "parser::feed::explanation_context", feed_explanation_context, feed_setup, feed_teardown, NULL },
		{ "parser::feed::old_steps_attach_to_verdict", feed_old_steps_attach_to_verdict, feed_setup, feed_teardown, NULL },
		{ "parser::feed::old_space_step_attaches_to_verdict", feed_old_space_step_attaches_to_verdict, feed_setup, feed_teardown, NULL },
		{ "parser::feed::modern_noescape_keeps_subject", feed_modern_noescape_keeps_subject, feed_setup, feed_teardown, NULL },
		{ "parser::feed::compile_error_details", feed_compile_error_details, feed_setup, feed_teardown, NULL },
		{ "parser::feed::truncated_line_unrecognized", feed_truncated_line_unrecognized, feed_setup, feed_teardown, NULL },
		{ "parser::feed::truncated_inside_raw_literal", feed_truncated_inside_raw_literal, feed_setup, feed_teardown, NULL },
		{ "parser::feed::crlf_through_linereader", feed_crlf_through_linereader, feed_setup, feed_teardown, NULL },
		{ "parser::feed::go119_log_counts", feed_go119_log_counts, feed_setup, feed_teardown, NULL },
		{ "parser::feed::go115_m3_nil_nodes", feed_go115_m3_nil_nodes, feed_setup, feed_teardown, NULL },
		{ "parser::feed::stray_nil_node_unrecognized", feed_stray_nil_node_unrecognized, feed_setup, feed_teardown, NULL },
		{ "parser::feed::nil_node_not_across_inputs", feed_nil_node_not_across_inputs, feed_setup, feed_teardown, NULL },
	};
	int failed;

	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(cases[i].name) + sizeof("parser::classify::");
		names[i] = malloc(len);
		snprintf(names[i], len, "parser::classify::%s", cases[i].name);
		tests[i].name = names[i];
		tests[i].test_func = run_case;
		tests[i].setup_func = case_setup;
		tests[i].teardown_func = case_teardown;
		tests[i].initial_state = (void *)&cases[i];
	}
	failed = _cmocka_run_group_tests("parser::classify", tests, n, NULL, NULL);
	failed += cmocka_run_group_tests_name("parser::feed", feed_tests, NULL, NULL);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(tests);
	return failed ? 1 : 0;
}
