/**
 * A button that opens the file chooser: a label styled as a button around a hidden file input
 * (the input keeps its own keyboard focus and name). The chosen file is handed on once and the
 * input cleared, so choosing the same file again reads it again.
 */
export function FileButton({
  label,
  accept,
  testId,
  onFile,
  disabled = false,
  variant = 'secondary',
}: {
  label: string;
  /** The input's `accept`: extensions and media types. */
  accept: string;
  testId: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  variant?: 'primary' | 'secondary';
}) {
  return (
    <label className="ds-button file-button" data-variant={variant} data-size="sm">
      {label}
      <input
        type="file"
        className="visually-hidden"
        data-testid={testId}
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
