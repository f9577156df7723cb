/**
 * The page's building blocks: a labelled field with its hint and error (wired with
 * aria-describedby), a form-level error, a copy-once secret box, and a confirmation dialog.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

let nextId = 0;
export function useId(prefix: string): string {
  const ref = useRef('');
  if (ref.current === '') {
    ref.current = `${prefix}-${++nextId}`;
  }
  return ref.current;
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** A label, the control (given its id and description ids), a hint and the field's error. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId('field');
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {children(id, described, Boolean(error))}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  hint?: string;
  error?: string;
  name: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'password' | 'url' | 'datetime-local';
  autoComplete?: string;
  required?: boolean;
}

/** A Field holding one text input, wired to its hint and error. */
export function TextField(props: TextFieldProps) {
  const { label, hint, error, name, value, onValue, type, autoComplete, required } = props;
  return (
    <Field label={label} hint={hint} error={error}>
      {(id, describedBy, invalid) => {
        const attributes = {
          id,
          name,
          autoComplete,
          required,
          value,
          'aria-describedby': describedBy,
          'aria-invalid': invalid,
          onInput: (e: { currentTarget: HTMLInputElement }) => onValue(e.currentTarget.value),
        };
        // Preact types an input by its type attribute, so each kind is written out.
        switch (type) {
          case 'password':
            return <input {...attributes} type="password" />;
          case 'url':
            return <input {...attributes} type="url" />;
          case 'datetime-local':
            return <input {...attributes} type="datetime-local" />;
          default:
            return <input {...attributes} />;
        }
      }}
    </Field>
  );
}

/** A group of checkboxes or radios under a legend, with its error. */
export function Choices({
  legend,
  hint,
  error,
  children,
}: {
  legend: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  const id = useId('choices');
  return (
    <fieldset class={`field${error ? ' has-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      <div class="choices">{children}</div>
      {error && (
        <p class="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function FormError({ message }: { message?: string }) {
  return message ? (
    <p class="form-error" role="alert">
      {message}
    </p>
  ) : null;
}

/** A secret shown once: read-only text, a Copy button, and a note that it will not be shown again. */
export function CopyOnce({ label, value, note }: { label: string; value: string; note: string }) {
  const [copied, setCopied] = useState('');
  const id = useId('secret');
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied('Copied.');
    } catch {
      setCopied('Selected: press Ctrl+C (or ⌘C) to copy.');
    }
  };
  return (
    <div class="copy-once">
      <label for={id}>{label}</label>
      <div class="copy-row">
        <input id={id} ref={input} readOnly value={value} class="mono" onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p class="hint" aria-live="polite">
        {copied || note}
      </p>
    </div>
  );
}

interface ConfirmProps {
  title: string;
  children: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/** A modal dialog (native <dialog>: focus is trapped, Escape cancels, Cancel has the focus) for destructive actions. */
export function Confirm({ title, children, confirmLabel, onConfirm, onClose }: ConfirmProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  };
  return (
    <dialog ref={dialog} onClose={onClose} aria-labelledby="confirm-title">
      <h2 id="confirm-title">{title}</h2>
      <div>{children}</div>
      <div class="actions">
        {/* The safe choice has the focus, so Enter or a stray key press never destroys anything. */}
        {/* biome-ignore lint/a11y/noAutofocus: the dialog must open on its safe button */}
        <button type="button" class="secondary" autoFocus onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" class="danger" disabled={busy} onClick={confirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** A note shown after an action ("Server revoked."), read out by screen readers. */
export function Notice({ message, tone = 'ok' }: { message?: string; tone?: 'ok' | 'warn' }) {
  return message ? (
    <p class={`notice ${tone}`} role="status">
      {message}
    </p>
  ) : null;
}
