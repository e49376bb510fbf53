// The simulated EduConnect's forms: checks each field when the form is sent, shows a message in
// plain French under the field (never repeating what was typed), then goes to the next page.
// Nothing typed is stored, sent or kept: values are only read to check them.
//
// Markup it understands:
//   <form data-next="page.html" novalidate>            next page when everything is valid
//   <form data-next-from="name">                       next page from the chosen radio's data-next
//   <form data-login>                                  the simulated accounts below decide the page
//   <input data-required="message">                    message when empty
//   <input data-format="mobile|code|email|password|identifiant">
//   <input data-expected="123456" data-expected-message="…">
//   <input data-same-as="otherId" data-same-as-message="…">
//   <fieldset data-date-group data-invalid="message">  day/month/year inputs with data-part
//   <fieldset data-choice data-required="message">     radio buttons, one must be chosen
// Each field's message goes into the element whose id is the field's id + "-error".
'use strict';

(() => {
  /** Simulated accounts, shown on the login page's simulation note. */
  const accounts = [
    { identifiant: 'demo.provisoire', password: 'Provisoire1', next: 'premiere-connexion.html' },
    { identifiant: 'demo.parent', password: 'Parent2024', next: 'compte.html' },
  ];

  /** Format checks: each returns the French message to show, or null when the value is fine. */
  const formats = {
    mobile(value) {
      const number = value.replace(/[\s.-]/g, '');
      if (number.startsWith('+')) {
        return /^\+\d{11,14}$/.test(number) ? null : 'Avec l’indicatif, écrivez + suivi de 11 à 14 chiffres.';
      }
      if (!/^\d{10}$/.test(number)) return 'Le numéro doit comporter 10 chiffres, par exemple 06 12 34 56 78.';
      if (!/^0[67]/.test(number)) return 'Indiquez un numéro de portable : il commence par 06 ou 07.';
      return null;
    },
    code(value) {
      return /^\d{6}$/.test(value.trim()) ? null : 'Le code comporte 6 chiffres.';
    },
    email(value) {
      return /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(value.trim())
        ? null
        : 'L’adresse mail n’est pas valide. Exemple : prenom.nom@exemple.fr';
    },
    password(value) {
      const strong = value.length >= 8 && /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);
      return strong ? null : 'Le mot de passe doit avoir au moins 8 caractères, dont une majuscule, une minuscule et un chiffre.';
    },
    identifiant(value) {
      return /^[a-z0-9._-]{3,40}$/i.test(value.trim())
        ? null
        : 'L’identifiant contient seulement des lettres sans accent, des chiffres, des points ou des tirets.';
    },
  };

  function showError(id, message) {
    const element = document.getElementById(`${id}-error`);
    if (element !== null) {
      element.textContent = message ?? '';
      element.hidden = message === null;
    }
  }

  function markField(input, message) {
    input.setAttribute('aria-invalid', message === null ? 'false' : 'true');
    showError(input.id, message);
  }

  function checkInput(input) {
    const value = input.value;
    if (value.trim() === '') return input.dataset.required ?? null;
    const format = formats[input.dataset.format];
    const formatMessage = format === undefined ? null : format(value);
    if (formatMessage !== null) return formatMessage;
    if (input.dataset.expected !== undefined && value.trim() !== input.dataset.expected) {
      return input.dataset.expectedMessage ?? 'La valeur saisie ne convient pas.';
    }
    if (input.dataset.sameAs !== undefined) {
      const other = document.getElementById(input.dataset.sameAs);
      if (other !== null && other.value !== value) {
        return input.dataset.sameAsMessage ?? 'Les deux valeurs ne sont pas identiques.';
      }
    }
    return null;
  }

  function checkDate(group) {
    const part = (name) => group.querySelector(`[data-part="${name}"]`);
    const [day, month, year] = ['day', 'month', 'year'].map((name) => Number.parseInt(part(name)?.value ?? '', 10));
    const date = new Date(year, month - 1, day);
    const valid =
      Number.isInteger(day) &&
      Number.isInteger(month) &&
      Number.isInteger(year) &&
      year >= 1980 &&
      date <= new Date() &&
      date.getFullYear() === year &&
      date.getMonth() === month - 1 &&
      date.getDate() === day;
    const message = valid ? null : (group.dataset.invalid ?? 'La date n’est pas valide.');
    for (const input of group.querySelectorAll('input')) input.setAttribute('aria-invalid', valid ? 'false' : 'true');
    showError(group.id, message);
    return message === null ? null : group.querySelector('input');
  }

  function checkChoice(group) {
    const chosen = group.querySelector('input[type="radio"]:checked');
    const message = chosen === null ? (group.dataset.required ?? 'Faites un choix.') : null;
    showError(group.id, message);
    return message === null ? null : group.querySelector('input');
  }

  /** Checks the whole form; returns the first field to fix, or null when all is valid. */
  function firstInvalid(form) {
    const invalid = [];
    for (const input of form.querySelectorAll('input[data-required], input[data-format], input[data-expected]')) {
      const message = checkInput(input);
      markField(input, message);
      if (message !== null) invalid.push(input);
    }
    for (const group of form.querySelectorAll('fieldset[data-date-group]')) {
      const field = checkDate(group);
      if (field !== null) invalid.push(field);
    }
    for (const group of form.querySelectorAll('fieldset[data-choice]')) {
      const field = checkChoice(group);
      if (field !== null) invalid.push(field);
    }
    invalid.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    return invalid[0] ?? null;
  }

  function loginDestination(form) {
    const identifiant = form.querySelector('[data-role="identifiant"]')?.value.trim() ?? '';
    const password = form.querySelector('[data-role="password"]')?.value ?? '';
    const account = accounts.find((candidate) => candidate.identifiant === identifiant && candidate.password === password);
    showError(form.id, account === undefined ? 'Identifiant ou mot de passe incorrect.' : null);
    return account?.next;
  }

  function destination(form) {
    if (form.hasAttribute('data-login')) return loginDestination(form);
    if (form.dataset.nextFrom !== undefined) {
      return form.querySelector(`input[name="${form.dataset.nextFrom}"]:checked`)?.dataset.next;
    }
    return form.dataset.next;
  }

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    const invalid = firstInvalid(form);
    if (invalid !== null) {
      invalid.focus();
      return;
    }
    const next = destination(form);
    if (next !== undefined) window.location.assign(next);
  });

  // A message goes away as soon as the field is edited again.
  document.addEventListener('input', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.getAttribute('aria-invalid') === 'true') {
      input.setAttribute('aria-invalid', 'false');
      const group = input.closest('fieldset[data-date-group]');
      showError(group === null ? input.id : group.id, null);
    }
  });
})();
