/** The typed passwords, "show passwords" and the submit that checks the policy before it saves. */
import { useState, type FormEvent } from 'react';
import { passwordRules, type PasswordInput } from './PasswordPolicy';

export function useNewPasswordForm(save: { mutate: (next: string) => void; reset: () => void }) {
  const [input, setInput] = useState<PasswordInput>({ next: '', repeat: '' });
  const [showPasswords, setShowPasswords] = useState(false);
  const [policyUnmet, setPolicyUnmet] = useState(false);

  // A refusal was about what was typed before: it goes once the user types again.
  const setField = (name: keyof PasswordInput, value: string) => {
    setInput((previous) => ({ ...previous, [name]: value }));
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const unmet = !passwordRules(input).every((rule) => rule.met);
    setPolicyUnmet(unmet);
    if (unmet) return save.reset();
    save.mutate(input.next);
  };

  return { input, setField, showPasswords, setShowPasswords, policyUnmet, submit };
}
