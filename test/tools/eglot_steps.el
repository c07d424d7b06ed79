;;; eglot_steps.el --- A user at Emacs with eglot  -*- lexical-binding: t -*-

;; For test/integrations/eglot.test: opens a file, waits for the language
;; server's diagnostics (flymake), applies a quick fix the way a user does
;; (M-x eglot-code-actions on the warning, RET on the offered fix), saves,
;; and prints what happened. Run it after the user's init file:
;;
;;   emacs --batch -l <recipe.el> -l eglot_steps.el
;;
;; Environment:
;;   TORCH_TEST_FILE     the file to open
;;   TORCH_TEST_WAIT_FOR wait for a diagnostic with this code (else for the
;;                       server's first diagnostics of the file)
;;   TORCH_TEST_FIX      if set, apply the fix offered on that diagnostic,
;;                       save, and wait until it is gone
;;   TORCH_TEST_TIMEOUT  seconds for each wait (120)
;;
;; Printed on stdout, for FileCheck (lines 1-based):
;;   diagnostic <line> <type> <text, newlines as ' | '>
;;   action <title>                 the actions eglot-code-actions offers
;;   after fix                      then the diagnostics after the fix
;;   time <what> <milliseconds>
;; eglot's own messages (the server's window/showMessage among them) go to
;; stderr, as batch Emacs shows its echo area.

;;; Code:

(require 'cl-lib)
(require 'subr-x)

(defvar torch-test-timeout
  (string-to-number (or (getenv "TORCH_TEST_TIMEOUT") "120")))
(defvar torch-test-wait-for (getenv "TORCH_TEST_WAIT_FOR"))
(defvar torch-test-published nil
  "Whether the server has published diagnostics for the file.")

(defun torch-test-say (format-string &rest args)
  (princ (concat (apply #'format format-string args) "\n")))

(defun torch-test-fail (what)
  (torch-test-say "error: %s" what)
  (kill-emacs 1))

(defun torch-test-code (diagnostic)
  "The LSP code of the flymake DIAGNOSTIC, as eglot keeps it."
  (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))
             :code))

(defun torch-test-find (code)
  (cl-find code (flymake-diagnostics) :key #'torch-test-code :test #'equal))

(defun torch-test-wait (done what)
  "Runs the event loop until DONE returns non-nil; fails with WHAT on timeout."
  (with-timeout (torch-test-timeout (torch-test-fail what))
    (while (not (funcall done))
      (accept-process-output nil 0.02))))

(defun torch-test-print-diagnostics ()
  (dolist (d (sort (flymake-diagnostics)
                   (lambda (a b) (< (flymake-diagnostic-beg a)
                                    (flymake-diagnostic-beg b)))))
    (torch-test-say "diagnostic %d %s %s"
                    (line-number-at-pos (flymake-diagnostic-beg d))
                    (flymake-diagnostic-type d)
                    (string-replace "\n" " | " (flymake-diagnostic-text d)))))

(defun torch-test-ms-since (start)
  (round (* 1000 (- (float-time) start))))

(defvar torch-test-file (expand-file-name (getenv "TORCH_TEST_FILE")))

;; The server also reports on config files: note its reports on the file.
(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest params)
              (when (and (eq method 'textDocument/publishDiagnostics)
                         (string-suffix-p
                          (file-name-nondirectory torch-test-file)
                          (plist-get params :uri)))
                (setq torch-test-published t))))

(let ((start (float-time)))
  (find-file torch-test-file)
  ;; Batch Emacs runs no command loop: run what it runs after each command,
  ;; where eglot-ensure connects.
  (run-hooks 'post-command-hook)
  (torch-test-wait (lambda ()
                     (if torch-test-wait-for
                         (torch-test-find torch-test-wait-for)
                       torch-test-published))
                   "no diagnostics from the server")
  ;; flymake takes eglot's report from a timer: give it its turn.
  (unless torch-test-wait-for
    (let ((end (+ (float-time) 1)))
      (while (< (float-time) end)
        (accept-process-output nil 0.05))))
  (torch-test-say "time first-diagnostics %d" (torch-test-ms-since start))
  (torch-test-print-diagnostics))

(when (getenv "TORCH_TEST_FIX")
  (let* ((target (torch-test-find torch-test-wait-for))
         (tick (buffer-modified-tick))
         ;; As when the command comes from the keyboard (M-x), not a menu.
         (last-nonmenu-event ?\r))
    (goto-char (flymake-diagnostic-beg target))
    ;; The user takes the offered action with RET.
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt collection &optional _predicate _require _initial
                                _history default &rest _)
                 (dolist (item collection)
                   (torch-test-say "action %s" (car item)))
                 default)))
      (call-interactively #'eglot-code-actions))
    (when (= tick (buffer-modified-tick))
      (torch-test-fail "the quick fix changed nothing"))
    (save-buffer)
    (let ((start (float-time)))
      (torch-test-wait (lambda () (not (torch-test-find torch-test-wait-for)))
                       "the diagnostic stays after the fix")
      (torch-test-say "time after-fix %d" (torch-test-ms-since start)))
    (torch-test-say "after fix")
    (torch-test-print-diagnostics)))

(kill-emacs 0)

;;; eglot_steps.el ends here
