/**
 * An on/off switch with a visible label: a native button with role="switch" and aria-checked,
 * so screen readers announce "on"/"off" and Space/Enter toggle it with no extra key handling.
 * The label is a <label for>, which names the button and makes the text clickable too; the
 * description sits outside it so it is not read as part of the name.
 */
import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  /** A second line under the label, also read out as the switch's description. */
  description?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Switch({ label, description, checked, disabled, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch-row" data-disabled={disabled ? '' : undefined}>
      <div class="switch-text">
        <label class="switch-label" for={id}>
          {label}
        </label>
        {description && (
          <span class="switch-description" id={`${id}-description`}>
            {description}
          </span>
        )}
      </div>
      <button
        id={id}
        type="button"
        role="switch"
        class="switch"
        aria-checked={checked}
        aria-describedby={description ? `${id}-description` : undefined}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="switch-thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
