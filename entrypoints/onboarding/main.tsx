import { createRef, render } from 'preact';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import './style.css';

const articleRef = createRef<HTMLDivElement>();
render(<OnboardingApp articleRef={articleRef} />, document.getElementById('app')!);
