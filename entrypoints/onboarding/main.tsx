import { createRef, render } from 'preact';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { startPageController } from '../../lib/page/controller';
import { onboardingOptions } from '../../lib/page/onboarding-sources';
import './style.css';

const articleRef = createRef<HTMLDivElement>();
render(<OnboardingApp articleRef={articleRef} />, document.getElementById('app')!);
if (articleRef.current) void startPageController(onboardingOptions(articleRef.current));
