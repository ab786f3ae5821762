;;; eglot-session.el --- one Emacs session with Eglot and the brieflint server  -*- lexical-binding: t -*-

;; Run by test/editors/eglot.editor.ts as `emacs --batch -l eglot-session.el', with these in the environment:
;;   BRIEFLINT_SERVER_COMMAND  the server's command line, as a JSON array ("node" ".../dist/server.js" "--stdio")
;;   BRIEFLINT_MOTION          a copy of the defendant's motion, in a folder that also holds a copy of its reply
;;   BRIEFLINT_REPLY           that reply
;;   BRIEFLINT_REPORT          where to write what happened, one JSON object a line
;;   BRIEFLINT_EVENTS_LOG      where to copy Eglot's JSON-RPC events buffer at the end, for a failing test to point at
;;   BRIEFLINT_WAIT_SECONDS    how long to wait for the server each time before giving up
;;
;; The session does what an attorney would: opens the motion, reads brieflint's diagnostics, applies the quick-fix
;; for the missing standard of review and saves; then opens the reply, which the server links to the motion by case
;; number. Eglot 1.9 (Emacs 28) shows diagnostics through Flymake, so they are read from `flymake-diagnostics'.
;;
;; Batch mode has no command loop and no redisplay. Nothing would run `post-command-hook', where `eglot-ensure'
;; connects, nor `window-configuration-change-hook', where Flymake starts checking a buffer that was not yet shown
;; when Eglot took it over (the reply); so after opening a file the session runs both, as the end of the command and
;; the next redisplay would. It waits with `accept-process-output', which lets the server's output and the timers run.
;;
;; Exit status: 0 when the session ran to the end, 1 on any error (said in the report), 3 when Eglot cannot be loaded.

(require 'cl-lib)
(require 'json)
(require 'seq)
(require 'subr-x)

(defconst brieflint-report-file (getenv "BRIEFLINT_REPORT"))
(defconst brieflint-events-log (getenv "BRIEFLINT_EVENTS_LOG"))
(defconst brieflint-wait-seconds (string-to-number (or (getenv "BRIEFLINT_WAIT_SECONDS") "20")))

(defun brieflint-report (event &rest fields)
  "Append one JSON line to the report: EVENT and the alternating keys and values of FIELDS."
  (let ((object (cons (cons 'event event)
                      (cl-loop for (key value) on fields by #'cddr collect (cons key value)))))
    (with-temp-buffer
      (insert (json-encode object) "\n")
      (write-region (point-min) (point-max) brieflint-report-file 'append 'quiet))))

(unless (require 'eglot nil t)
  (brieflint-report "error" 'message "Eglot cannot be loaded: no eglot library in load-path")
  (kill-emacs 3))

(brieflint-report "versions" 'emacs emacs-version
                  'eglot (with-temp-buffer
                           (insert-file-contents (find-library-name "eglot"))
                           (and (re-search-forward "^;; Version: *\\(.+\\)$" nil t) (match-string 1))))

;;; The user's configuration, as the README gives it (with the server run from this checkout).

(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode) . ,(append (json-read-from-string (getenv "BRIEFLINT_SERVER_COMMAND")) nil)))
(add-hook 'text-mode-hook #'eglot-ensure)

;;; Helpers.

(defun brieflint-wait-until (what condition)
  "Let the server and timers run until CONDITION returns non-nil; signal an error naming WHAT after the wait limit."
  (let ((deadline (+ (float-time) brieflint-wait-seconds)))
    (while (not (funcall condition))
      (when (> (float-time) deadline)
        (error "Waited %ss for %s" brieflint-wait-seconds what))
      (accept-process-output nil 0.05))))

(defun brieflint-rule-of (diagnostic)
  "The rule id in a Flymake DIAGNOSTIC's text, which Eglot writes as \"SOURCE [CODE]: MESSAGE\"."
  (let ((text (flymake-diagnostic-text diagnostic)))
    (and (string-match "\\`brieflint \\[\\([^]]+\\)\\]: " text) (match-string 1 text))))

(defun brieflint-diagnostics-with-rule (rule)
  (seq-filter (lambda (diagnostic) (equal (brieflint-rule-of diagnostic) rule)) (flymake-diagnostics)))

(defun brieflint-position (point)
  "POINT as a 1-based line and a 0-based column counted in characters (not display columns, not UTF-16)."
  (save-excursion
    (save-restriction
      (widen)
      (goto-char point)
      (list (line-number-at-pos point t) (- point (line-beginning-position))))))

(defun brieflint-report-diagnostics (file)
  "Report every Flymake diagnostic in the current buffer, which visits FILE (\"motion\" or \"reply\")."
  (dolist (diagnostic (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
    (pcase-let ((`(,line ,column) (brieflint-position (flymake-diagnostic-beg diagnostic)))
                (`(,end-line ,end-column) (brieflint-position (flymake-diagnostic-end diagnostic))))
      (brieflint-report "diagnostic" 'file file
                        'line line 'column column 'endLine end-line 'endColumn end-column
                        'type (symbol-name (flymake-diagnostic-type diagnostic))
                        'text (flymake-diagnostic-text diagnostic)))))

(defun brieflint-open (file)
  "Visit FILE as the user would: `find-file', then what follows it in an interactive Emacs.
At the end of the command `eglot-ensure' connects (`post-command-hook'); redisplay then shows the buffer, and
Flymake, deferred until then, starts (`window-configuration-change-hook')."
  (find-file file)
  (run-hooks 'post-command-hook)
  (run-window-configuration-change-hook)
  (brieflint-wait-until (format "Eglot to manage %s" file) (lambda () eglot--managed-mode)))

(defun brieflint-apply-fix-for (rule)
  "Ask the server for the code actions at RULE's diagnostic, as Eglot does, and apply the one Eglot offers first.
`eglot-code-actions' called from Lisp sends the request with the diagnostics under the range and returns the
actions; interactively it would prompt, offering the preferred action as the default, which is the one applied here.
Eglot 1.9 has no codeAction/resolve, so the action must carry its edit."
  (let* ((diagnostic (or (car (brieflint-diagnostics-with-rule rule)) (error "No %s diagnostic to fix" rule)))
         (actions (eglot-code-actions (flymake-diagnostic-beg diagnostic) (flymake-diagnostic-end diagnostic)))
         (chosen (or (seq-find (lambda (action) (plist-get action :isPreferred)) actions) (car actions))))
    (brieflint-report "code-actions" 'rule rule
                      'titles (vconcat (mapcar (lambda (action) (plist-get action :title)) actions))
                      'chosen (plist-get chosen :title)
                      'hasEdit (and (plist-get chosen :edit) t))
    (unless chosen (error "The server offered no code action for %s" rule))
    (unless (plist-get chosen :edit) (error "The action \"%s\" has no edit, and Eglot 1.9 cannot resolve one" (plist-get chosen :title)))
    (eglot--apply-workspace-edit (plist-get chosen :edit))))

(defun brieflint-save-events-log (&optional server)
  "Copy the JSON-RPC events buffer of SERVER (by default the current buffer's) to the events log."
  (when-let ((server (or server (eglot-current-server)))
             (events (jsonrpc-events-buffer server)))
    (with-current-buffer events
      (write-region (point-min) (point-max) brieflint-events-log nil 'quiet))))

;;; The session.

(condition-case failure
    (let ((motion (getenv "BRIEFLINT_MOTION"))
          (reply (getenv "BRIEFLINT_REPLY")))
      (brieflint-open motion)
      (brieflint-wait-until "the motion's diagnostics" #'flymake-diagnostics)
      (brieflint-report-diagnostics "motion")

      (brieflint-apply-fix-for "missing-standard-of-review")
      (save-buffer)
      (brieflint-report "saved" 'file "motion")
      (brieflint-wait-until "the motion's diagnostics after the fix"
                            (lambda () (and (flymake-diagnostics)
                                            (null (brieflint-diagnostics-with-rule "missing-standard-of-review")))))
      (brieflint-report-diagnostics "motion-after-fix")

      (brieflint-open reply)
      (brieflint-wait-until "the reply's reply-new-relief diagnostic"
                            (lambda () (brieflint-diagnostics-with-rule "reply-new-relief")))
      (brieflint-report-diagnostics "reply")

      (let ((server (eglot-current-server)))
        (eglot-shutdown server nil nil 'preserve-buffers)
        (brieflint-save-events-log server))
      (brieflint-report "done")
      (kill-emacs 0))
  (error
   (brieflint-report "error" 'message (error-message-string failure))
   (ignore-errors (brieflint-save-events-log))
   (kill-emacs 1)))

;;; eglot-session.el ends here
