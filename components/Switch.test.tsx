// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, test, vi } from 'vitest';
import { Switch } from './Switch';

afterEach(cleanup);

function Controlled({ onChange }: { onChange: (checked: boolean) => void }) {
  const [checked, setChecked] = useState(true);
  return (
    <Switch
      label="On all sites"
      description="Highlight mentions on every page"
      checked={checked}
      onChange={(next) => {
        setChecked(next);
        onChange(next);
      }}
    />
  );
}

test('is a switch named by its visible label, with its state in aria-checked', () => {
  render(<Controlled onChange={() => {}} />);
  const control = screen.getByRole('switch', { name: 'On all sites' });
  expect(control.getAttribute('aria-checked')).toBe('true');
  const description = document.getElementById(control.getAttribute('aria-describedby') ?? '');
  expect(description?.textContent).toBe('Highlight mentions on every page');
});

test('clicking the switch or its label flips it', () => {
  const onChange = vi.fn();
  render(<Controlled onChange={onChange} />);
  const control = screen.getByRole('switch', { name: 'On all sites' });
  fireEvent.click(control);
  expect(onChange).toHaveBeenLastCalledWith(false);
  expect(control.getAttribute('aria-checked')).toBe('false');
  fireEvent.click(screen.getByText('On all sites'));
  expect(onChange).toHaveBeenLastCalledWith(true);
  expect(control.getAttribute('aria-checked')).toBe('true');
});

test('a disabled switch does not change', () => {
  const onChange = vi.fn();
  render(<Switch label="Here" checked={false} disabled onChange={onChange} />);
  fireEvent.click(screen.getByRole('switch', { name: 'Here' }));
  expect(onChange).not.toHaveBeenCalled();
});
